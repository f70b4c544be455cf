"""People and partners: the advisory board, the secretariat and the organisations WeGO works
with. Names, positions and websites come from the organisation's documents."""

from foundation.models import Person, PersonTeam
from programs.snippets import Partner, PartnerKind

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

ADVISORY_BOARD = [
    ("Alexandre Hedjazi", "Professor", "University of Geneva"),
    ("Byoung Joon Kim", "Dean", "Kookmin University"),
    ("Danil Kerimi", "Founder", "Edgelands Institute"),
    ("Daniel Oh", "Professor", "Korea University"),
    ("Hanna Yoon", "Professor", "Soongsil University"),
    ("Hong Chun Lee", "Professor", "Dongguk University"),
    ("Joo Seok Oh", "Professor", "Korea University"),
    ("Junseok Hwang", "Professor", "Seoul National University"),
    ("Jung Hoon Lee", "Professor", "Yonsei University"),
    ("Matteo Tarantino", "Professor", "Catholic University of Milan"),
    ("Sei Yong Kim", "Professor", "Korea University"),
    ("Yves Daccord", "Fellow", "Berkman Klein Center for Internet & Society, Harvard"),
]

SECRETARIAT = [
    ("Jung Sook Park", "Secretary General", "WeGO Secretariat"),
    ("Eunbyul Elena Cho", "Head of the Programme Department", "WeGO Secretariat"),
    ("Alizée Rousset", "Programme Officer", "WeGO Secretariat"),
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
                    "position": position,
                    "organisation": organisation,
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
        "value": {"heading": heading_text, "people": [people[name].pk for name, *_rest in team]},
    }
