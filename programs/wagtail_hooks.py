from wagtail.snippets.models import register_snippet

from .viewsets import FeasibilityStudyViewSet

register_snippet(FeasibilityStudyViewSet)
