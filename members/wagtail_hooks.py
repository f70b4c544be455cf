import django_filters
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from foundation.widgets import FilterableSelect

from .choices import MemberType, Region, RoleKind
from .models import Member, MemberContact, MemberRole


class MemberFilterSet(WagtailFilterSet):
    region = django_filters.ChoiceFilter(label=_("Region"), choices=Region.choices)
    member_type = django_filters.ChoiceFilter(label=_("Type"), choices=MemberType.choices)
    country = django_filters.ChoiceFilter(
        label=_("Country"), choices=countries, widget=FilterableSelect
    )
    active = django_filters.BooleanFilter(label=_("Active"))
    placed = django_filters.BooleanFilter(
        label=_("Placed on the map"),
        method="filter_placed",
        widget=django_filters.widgets.BooleanWidget(),
    )

    class Meta:
        model = Member
        fields = ["region", "member_type", "country", "active"]

    def filter_placed(self, queryset, name, value):
        unplaced = Q(latitude__isnull=True) | Q(longitude__isnull=True)
        return queryset.exclude(unplaced) if value else queryset.filter(unplaced)


class MemberViewSet(SnippetViewSet):
    model = Member
    icon = "globe"
    list_display = ["name", "member_type", "country", "region", "active"]
    filterset_class = MemberFilterSet
    search_fields = ["name", "city"]
    list_per_page = 50
    # Searched in the database: a part of a name or a city finds the member.
    search_backend_name = None


class RoleFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Role"), choices=RoleKind.choices)
    held_today = django_filters.BooleanFilter(
        label=_("Held today"),
        method="filter_held_today",
        widget=django_filters.widgets.BooleanWidget(),
    )

    class Meta:
        model = MemberRole
        fields = ["kind"]

    def filter_held_today(self, queryset, name, value):
        current = MemberRole.objects.current(timezone.localdate()).values("pk")
        return queryset.filter(pk__in=current) if value else queryset.exclude(pk__in=current)


class MemberRoleViewSet(SnippetViewSet):
    model = MemberRole
    icon = "crosshairs"
    list_display = ["member", "kind", "office_name", "starts_on", "ends_on"]
    filterset_class = RoleFilterSet
    search_fields = ["member__name", "office_name"]


class MemberContactViewSet(SnippetViewSet):
    model = MemberContact
    icon = "mail"
    list_display = ["name", "email", "member"]
    list_filter = ["member__region"]
    search_fields = ["name", "email", "member__name"]


class MembersGroup(SnippetViewSetGroup):
    menu_label = _("Members")
    menu_icon = "globe"
    menu_order = 150
    items = [MemberViewSet, MemberRoleViewSet, MemberContactViewSet]


register_snippet(MembersGroup)
