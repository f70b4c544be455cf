from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView

robots_txt = require_GET(
    cache_control(max_age=86400)(
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain")
    )
)
