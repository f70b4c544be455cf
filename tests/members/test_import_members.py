import pytest
from django.core.management import CommandError, call_command

from members.models import Member

pytestmark = pytest.mark.django_db

HEADER = "name,country,country_code,region,member_type\n"
MEMBERS_CSV = "members/data/members.csv"


def run(path):
    from io import StringIO

    out = StringIO()
    call_command("import_members", str(path), stdout=out)
    return out.getvalue()


def write(tmp_path, body, name="members.csv", header=HEADER):
    path = tmp_path / name
    path.write_text(header + body, encoding="utf-8")
    return path


def test_the_real_file_imports_160_local_governments_with_the_regions_counts():
    output = run(MEMBERS_CSV)
    assert "160 rows: 160 created, 0 updated, 0 unchanged." in output
    assert "Importing members: 160/160 (100%)" in output
    by_region = {
        region: Member.objects.filter(region=region).count()
        for region in ("africa", "europe", "middle_east", "americas", "asia_pacific")
    }
    assert by_region == {
        "africa": 47,
        "europe": 17,
        "middle_east": 8,
        "americas": 14,
        "asia_pacific": 74,
    }
    beyoglu = Member.objects.get(name="Beyoğlu")
    assert (beyoglu.slug, beyoglu.country.code, beyoglu.region) == ("beyoglu", "TR", "europe")


def test_a_second_run_changes_nothing():
    run(MEMBERS_CSV)
    assert "160 rows: 0 created, 0 updated, 160 unchanged." in run(MEMBERS_CSV)


def test_a_changed_row_is_updated(tmp_path):
    run(write(tmp_path, "Seoul,Korea,KR,Asia-Pacific,local_government\n"))
    output = run(write(tmp_path, "Seoul,Korea,KR,Asia-Pacific,institution\n"))
    assert "1 rows: 0 created, 1 updated, 0 unchanged." in output
    assert Member.objects.get(name="Seoul").member_type == "institution"


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("Atlantis,Atlantis,XX,Africa,local_government", "unknown country code “XX”"),
        ("Seoul,Korea,KR,Antarctica,local_government", "unknown region “Antarctica”"),
        (",Korea,KR,Asia-Pacific,local_government", "missing name"),
        ("Seoul,Korea,KR,Asia-Pacific,city_state", "unknown type “city_state”"),
        (
            "Seoul,France,KR,Asia-Pacific,local_government",
            "country “France” does not match code KR",
        ),
        (
            "Seoul,Korea,KR,Asia-Pacific,local_government",
            "duplicate member (same name and country as line 2)",
        ),
    ],
)
def test_a_bad_row_is_reported_with_its_line_and_nothing_is_imported(tmp_path, row, reason):
    path = write(tmp_path, "Seoul,Korea,KR,Asia-Pacific,local_government\n" + row + "\n")
    with pytest.raises(CommandError) as raised:
        run(path)
    assert f"line 3: {reason}" in str(raised.value)
    assert "nothing was changed" in str(raised.value)
    assert not Member.objects.exists()  # the good first row was rolled back too


def test_every_bad_row_is_reported_at_once(tmp_path):
    path = write(
        tmp_path,
        ",Korea,KR,Asia-Pacific,local_government\nAtlantis,Atlantis,XX,Nowhere,local_government\n",
    )
    with pytest.raises(CommandError) as raised:
        run(path)
    message = str(raised.value)
    assert "2 bad rows" in message
    assert "line 2: missing name" in message
    assert "line 3: unknown country code “XX”; unknown region “Nowhere”" in message


@pytest.mark.parametrize(
    ("make_path", "message"),
    [
        (lambda tmp: tmp / "missing.csv", "no such file"),
        (lambda tmp: tmp, "expected a .csv file"),
        (lambda tmp: "../../../../etc/passwd", "expected a .csv file"),
        (lambda tmp: write(tmp, "x", name="members.txt"), "expected a .csv file"),
        (lambda tmp: write(tmp, "", header="title,year\n"), "missing columns: name, country"),
    ],
)
def test_what_is_not_a_members_file_is_refused_clearly(tmp_path, make_path, message):
    with pytest.raises(CommandError) as raised:
        run(make_path(tmp_path))
    assert message in str(raised.value)


def test_a_file_that_is_not_utf8_is_refused(tmp_path):
    path = tmp_path / "members.csv"
    path.write_bytes(
        HEADER.encode() + "Beyoğlu,Turkey,TR,Europe,local_government\n".encode("cp1254")
    )
    with pytest.raises(CommandError) as raised:
        run(path)
    assert "not UTF-8 text" in str(raised.value)


def test_an_oversized_file_is_refused(tmp_path):
    path = tmp_path / "members.csv"
    path.write_text(HEADER + "x" * (5 * 1024 * 1024 + 1))
    with pytest.raises(CommandError) as raised:
        run(path)
    assert "larger than 5 MB" in str(raised.value)


def test_malicious_names_are_stored_as_text_and_shown_escaped(client, site_tree, tmp_path):
    path = write(
        tmp_path,
        '"<script>alert(1)</script>",Korea,KR,Asia-Pacific,local_government\n'
        '"Robert\'); DROP TABLE members_member;--",Korea,KR,Asia-Pacific,local_government\n',
    )
    run(path)
    assert Member.objects.count() == 2
    html = client.get(site_tree.members.url).text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)</script>" not in html
    assert "Robert&#x27;); DROP TABLE members_member;--" in html
