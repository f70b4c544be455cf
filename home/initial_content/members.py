"""Members: the member organisations and their roles (imported from members/data/), the
members' directory and the governance page."""

from pathlib import Path

from django.conf import settings
from django.core.management import call_command

from members.models import GovernancePage, MemberDirectoryPage, MembershipCounts

from .pages import ensure_page
from .people import ADVISORY_BOARD, people_block
from .text import Text

MEMBER_DATA = Path(settings.BASE_DIR) / "members" / "data"

DIRECTORY_PAGE = {
    "slug": "members",
    # In every language of the site: the directory, the map and the profiles read in each.
    "title": Text(
        "Members",
        ko="회원",
        es="Miembros",
        fr="Membres",
        ru="Члены",
        zh_hans="会员",
        ar="الأعضاء",
    ),
    "introduction": Text(
        "City and local governments, companies and institutions from five regions. "
        "Filter the list and the map by region, country, type or role.",
        ko=(
            "다섯 개 권역의 도시·지방정부, 기업, 기관입니다. 권역, 국가, 유형, 역할로 목록과 "
            "지도를 걸러 보세요."
        ),
        es=(
            "Gobiernos locales, empresas e instituciones de cinco regiones. Filtre la lista y el "
            "mapa por región, país, tipo o función."
        ),
        fr=(
            "Des collectivités locales, des entreprises et des institutions de cinq régions. "
            "Filtrez la liste et la carte par région, pays, type ou fonction."
        ),
        ru=(
            "Города и органы местного самоуправления, компании и организации из пяти регионов. "
            "Отбирайте список и карту по региону, стране, типу или роли."
        ),
        zh_hans="来自五个区域的城市和地方政府、企业与机构。可按区域、国家、类型或职务筛选名单和地图。",
        ar=(
            "حكومات مدن وحكومات محلية وشركات ومؤسسات من خمس مناطق. صفِّ القائمة والخريطة حسب "
            "المنطقة أو البلد أو النوع أو الدور."
        ),
    ),
}

GOVERNANCE_PAGE = {
    "slug": "governance",
    "title": Text("Governance", ko="거버넌스", es="Gobernanza"),
    "introduction": Text(
        "WeGO is led by its president city, its vice-president cities and an executive "
        "committee of member cities, with regional offices hosted by members. An "
        "advisory board of experts counsels the organisation.",
        ko=(
            "WeGO는 회장 도시와 부회장 도시, 회원 도시로 구성된 집행위원회가 이끌며, 회원 도시가 "
            "지역사무소를 맡아 운영합니다. 전문가로 이루어진 자문위원회가 기구에 조언합니다."
        ),
        es=(
            "Dirigen WeGO la ciudad que ocupa la presidencia, las ciudades vicepresidentas y un "
            "comité ejecutivo de ciudades miembro; las oficinas regionales están a cargo de "
            "miembros. Un consejo asesor de expertos orienta a la organización."
        ),
    ),
}
ADVISORY_BOARD_HEADING = Text("Advisory board", ko="자문위원회", es="Consejo asesor")

# The association's own counts (its 2022 documents): 35 corporations and 16 institutions,
# which members.csv does not name; the local governments are those listed.
MEMBERSHIP_COUNTS = {"corporations": 35, "institutions": 16}

# In Korean and Spanish.
TRANSLATED_PAGES = [DIRECTORY_PAGE, GOVERNANCE_PAGE]
# Texts of the pages above that functions place: translated with them.
TRANSLATED_TEXTS = [ADVISORY_BOARD_HEADING]


def import_members(stdout):
    call_command("import_members", str(MEMBER_DATA / "members.csv"), stdout=stdout)
    call_command("import_governance", str(MEMBER_DATA / "governance.csv"), stdout=stdout)


def ensure_directory(home):
    directory, _created = ensure_page(home, MemberDirectoryPage, **DIRECTORY_PAGE)
    return directory


def ensure_membership_counts():
    counts = MembershipCounts.load()
    for field, count in MEMBERSHIP_COUNTS.items():
        if getattr(counts, field) is None:
            setattr(counts, field, count)
    counts.save()


def ensure_governance_page(about, people):
    """Under the about page, with the advisory board from the people ensure_people made."""
    governance, _created = ensure_page(
        about,
        GovernancePage,
        **GOVERNANCE_PAGE,
        body=[people_block(people, ADVISORY_BOARD, ADVISORY_BOARD_HEADING)],
    )
    return governance
