import datetime
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from members.models import MemberRole

pytestmark = pytest.mark.django_db

HEADER = "role,member_name,country,as_of,source\n"


def run(command, path):
    out = StringIO()
    call_command(command, str(path), stdout=out)
    return out.getvalue()


@pytest.fixture(scope="module")
def members(module_transaction):
    """The organisation's 160 members, imported once: every test imports roles for them."""
    run("import_members", "members/data/members.csv")


def terms(**filters):
    return {
        (role.member.name, role.office_name, role.starts_on, role.ends_on)
        for role in MemberRole.objects.filter(**filters).select_related("member")
    }


def month(year, number):
    return datetime.date(year, number, 1)


def test_snapshots_become_terms_with_start_and_end_dates(members):
    output = run("import_governance", "members/data/governance.csv")
    assert "29 terms: 29 created, 0 updated, 0 unchanged." in output

    assert terms(kind="president_city") == {("Seoul", "", month(2022, 2), None)}
    # Mexico City is listed in February 2022 and no longer in January 2023.
    assert ("Mexico City", "", month(2022, 2), month(2023, 1)) in terms(kind="vice_president_city")
    assert ("Chengdu", "", month(2023, 1), None) in terms(kind="vice_president_city")
    assert ("Ulyanovsk Region", "Eurasia", month(2022, 2), month(2023, 1)) in terms(
        kind="regional_office"
    )
    assert ("Abuja", "Africa", month(2022, 2), None) in terms(kind="regional_office")
    excom = terms(kind="executive_committee")
    assert ("Ulyanovsk Region", "", month(2022, 2), month(2023, 1)) in excom
    assert ("Wellington", "", month(2022, 2), None) in excom
    assert len(excom) == 17


def test_the_roles_held_on_a_day(members):
    run("import_governance", "members/data/governance.csv")
    in_2022 = MemberRole.objects.current(datetime.date(2022, 6, 1)).filter(
        kind="vice_president_city"
    )
    in_2023 = MemberRole.objects.current(datetime.date(2023, 6, 1)).filter(
        kind="vice_president_city"
    )
    assert {role.member.name for role in in_2022} == {"Mexico City"}
    assert {role.member.name for role in in_2023} == {
        "Beyoğlu",
        "Chengdu",
        "Makati",
        "Moscow",
        "Seberang Perai",
    }


def test_a_second_run_changes_nothing(members):
    run("import_governance", "members/data/governance.csv")
    assert "29 terms: 0 created, 0 updated, 29 unchanged." in run(
        "import_governance", "members/data/governance.csv"
    )


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("president_city,Gotham,Korea,2022-02,x", "unknown member “Gotham” in Korea"),
        ("president_city,Seoul,France,2022-02,x", "unknown member “Seoul” in France"),
        ("emperor,Seoul,Korea,2022-02,x", "unknown role “emperor”"),
        (
            "regional_office,Seoul,Korea,2022-02,x",
            "regional offices, and only they, name an office",
        ),
        ("president_city,Seoul,Korea,Feb 2022,x", "“Feb 2022” is not a month (YYYY-MM)"),
        ("president_city,Seoul,Korea,2022-02,x", "duplicate of line 2"),
    ],
)
def test_a_bad_row_rolls_back_the_whole_file(members, tmp_path, row, reason):
    path = tmp_path / "governance.csv"
    path.write_text(HEADER + "president_city,Seoul,Korea,2022-02,x\n" + row + "\n")
    with pytest.raises(CommandError) as raised:
        run("import_governance", path)
    assert f"line 3: {reason}" in str(raised.value)
    assert not MemberRole.objects.exists()
