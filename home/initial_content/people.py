"""People and partners: the advisory board, the secretariat and the organisations WeGO works
with. Names, positions and websites come from the organisation's documents."""

from foundation.models import Person, PersonTeam
from programs.snippets import Partner, PartnerKind

from .pages import list_items
from .text import Text, english, translation_strings

PARTNERS = [
    ("Seoul National University", PartnerKind.UNIVERSITY, "https://www.snu.ac.kr/"),
    ("Kookmin University", PartnerKind.UNIVERSITY, "https://www.kookmin.ac.kr/"),
    ("Korea University", PartnerKind.UNIVERSITY, "https://www.korea.ac.kr/"),
    ("Yonsei University", PartnerKind.UNIVERSITY, "https://www.yonsei.ac.kr/"),
    ("Dongguk University", PartnerKind.UNIVERSITY, "https://www.dongguk.edu/"),
    ("Catholic University of Milan", PartnerKind.UNIVERSITY, "https://www.unicatt.it/"),
    ("Chengdu University of Technology", PartnerKind.UNIVERSITY, ""),
    (
        "Berkman Klein Center for Internet & Society at Harvard University",
        PartnerKind.UNIVERSITY,
        "https://cyber.harvard.edu/",
    ),
    ("Edgelands Institute", PartnerKind.INSTITUTION, "https://www.edgelands.institute/"),
    (
        "Korea Overseas Infrastructure & Urban Development Corporation (KIND)",
        PartnerKind.INSTITUTION,
        "",
    ),
    ("National Information Society Agency (NIA)", PartnerKind.INSTITUTION, ""),
    ("ASEAN Secretariat", PartnerKind.INSTITUTION, "https://asean.org/"),
    ("Trilateral Cooperation Secretariat (TCS)", PartnerKind.INSTITUTION, ""),
    ("Global Fund for Cities Development (FMDV)", PartnerKind.INSTITUTION, ""),
]

# Positions and organisations in Spanish agree with the person, so each is written per person.
PROFESSOR = Text("Professor", ko="교수", es="Profesor")
KOREA_UNIVERSITY = Text("Korea University", ko="고려대학교", es="Universidad de Corea")
SECRETARIAT_OFFICE = Text("WeGO Secretariat", ko="WeGO 사무국", es="Secretaría de WeGO")

ADVISORY_BOARD = [
    (
        "Alexandre Hedjazi",
        PROFESSOR,
        Text("University of Geneva", ko="제네바대학교", es="Universidad de Ginebra"),
    ),
    (
        "Byoung Joon Kim",
        Text("Dean", ko="학장", es="Decano"),
        Text("Kookmin University", ko="국민대학교", es="Universidad Kookmin"),
    ),
    (
        "Danil Kerimi",
        Text("Founder", ko="설립자", es="Fundador"),
        Text("Edgelands Institute", ko="엣지랜즈 연구소", es="Edgelands Institute"),
    ),
    ("Daniel Oh", PROFESSOR, KOREA_UNIVERSITY),
    (
        "Hanna Yoon",
        Text("Professor", ko="교수", es="Profesora"),
        Text("Soongsil University", ko="숭실대학교", es="Universidad Soongsil"),
    ),
    (
        "Hong Chun Lee",
        PROFESSOR,
        Text("Dongguk University", ko="동국대학교", es="Universidad Dongguk"),
    ),
    ("Joo Seok Oh", PROFESSOR, KOREA_UNIVERSITY),
    (
        "Junseok Hwang",
        PROFESSOR,
        Text("Seoul National University", ko="서울대학교", es="Universidad Nacional de Seúl"),
    ),
    (
        "Jung Hoon Lee",
        PROFESSOR,
        Text("Yonsei University", ko="연세대학교", es="Universidad Yonsei"),
    ),
    (
        "Matteo Tarantino",
        PROFESSOR,
        Text(
            "Catholic University of Milan",
            ko="밀라노 가톨릭대학교",
            es="Universidad Católica de Milán",
        ),
    ),
    ("Sei Yong Kim", PROFESSOR, KOREA_UNIVERSITY),
    (
        "Yves Daccord",
        Text("Fellow", ko="펠로", es="Investigador asociado"),
        Text(
            "Berkman Klein Center for Internet & Society, Harvard",
            ko="하버드대학교 버크만 클라인 센터",
            es="Berkman Klein Center for Internet & Society, Universidad de Harvard",
        ),
    ),
]

SECRETARIAT = [
    (
        "Jung Sook Park",
        Text("Secretary General", ko="사무총장", es="Secretaria general"),
        SECRETARIAT_OFFICE,
    ),
    (
        "Eunbyul Elena Cho",
        Text(
            "Head of the Programme Department",
            ko="사업부장",
            es="Jefa del Departamento de Programas",
        ),
        SECRETARIAT_OFFICE,
    ),
    (
        "Alizée Rousset",
        Text("Programme Officer", ko="프로그램 담당관", es="Responsable de programas"),
        SECRETARIAT_OFFICE,
    ),
]


def ensure_partners():
    """Creates the partners that are missing; returns how many."""
    created = 0
    for order, (name, kind, website) in enumerate(PARTNERS):
        _partner, was_created = Partner.objects.get_or_create(
            name=name, defaults={"kind": kind, "website": website, "sort_order": order}
        )
        created += was_created
    return created


def ensure_people(locale):
    """The advisory board and the secretariat, by name."""
    people = {}
    for team, entries in (
        (PersonTeam.ADVISORY_BOARD, ADVISORY_BOARD),
        (PersonTeam.SECRETARIAT, SECRETARIAT),
    ):
        for order, (name, position, organisation) in enumerate(entries):
            person, _created = Person.objects.get_or_create(
                name=name,
                locale=locale,
                defaults={
                    "position": english(position),
                    "organisation": english(organisation),
                    "team": team,
                    "sort_order": order,
                },
            )
            people[name] = person
    return people


def people_block(people, team, heading_text):
    """A block listing `team` (ADVISORY_BOARD, SECRETARIAT) from the people ensure_people made."""
    return {
        "type": "people",
        "value": {
            "heading": heading_text,
            "people": list_items(*(people[name].pk for name, *_rest in team)),
        },
    }


def translated_people(locale):
    """The people of `locale` (the default one) with the translations of their texts: each
    person is translated on their own (see ADVISORY_BOARD)."""
    entries = {name: texts for name, *texts in (*ADVISORY_BOARD, *SECRETARIAT)}
    for person in Person.objects.filter(locale=locale, name__in=entries):
        yield person, translation_strings(*entries[person.name])
