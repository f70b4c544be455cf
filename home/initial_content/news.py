"""News: the 2022 kick-off media advisory and press release, the Smart City Champions news and
the embassy visits. Facts from the organisation's releases; prose written for this site.

Articles name their related programmes by slug and the members they concern by name."""

import datetime

from foundation.event_facts import AttendanceMode
from news.models import MediaContact, NewsArticlePage, NewsIndexPage, NewsKind

from .pages import ensure_page, heading, members_named, paragraph
from .text import Text, as_is, bullets, english, p

MEDIA_CONTACT = {
    "name": "Alizée Rousset",
    "role": Text(
        "Programme Officer, WeGO Secretariat",
        ko="WeGO 사무국 프로그램 담당관",
        es="Responsable de programas, Secretaría de WeGO",
    ),
}

INDEX = {
    "slug": "news",
    "title": Text("News and media", ko="뉴스와 미디어", es="Noticias y medios"),
    "introduction": Text(
        "Press releases, media advisories and news from WeGO and its members.",
        ko="WeGO와 회원들의 보도자료, 취재요청, 소식을 전합니다.",
        es="Comunicados, avisos a los medios y noticias de WeGO y sus miembros.",
    ),
}

KICK_OFF_PROGRAMS = ["smart-city-champions", "smart-cities-index", "wego-nexus"]

MEDIA_ADVISORY = {
    "slug": "kick-off-2022-media-advisory",
    "title": Text(
        "Smart city stakeholders meet to launch WeGO's 2022 activities",
        ko="스마트시티 관계자들, WeGO 2022년 활동 출범을 위해 한자리에",
        es=(
            "Los actores de las ciudades inteligentes se reúnen para lanzar las actividades de "
            "WeGO en 2022"
        ),
    ),
    "kind": NewsKind.MEDIA_ADVISORY,
    "date": datetime.date(2022, 2, 14),
    "lead": Text(
        "On 23 February WeGO presents its plans for 2022 to members, partners and stakeholders "
        "worldwide, in Seoul and online, with a new youth programme at their centre.",
        ko=(
            "WeGO는 2월 23일 서울 현장과 온라인에서 전 세계 회원, 파트너, 이해관계자에게 새 청년 "
            "프로그램을 중심으로 한 2022년 계획을 발표합니다."
        ),
        es=(
            "El 23 de febrero, en Seúl y en línea, WeGO presenta a miembros, socios y actores de "
            "todo el mundo sus planes para 2022, con un nuevo programa para jóvenes en el centro."
        ),
    ),
    "body": [
        paragraph(
            p(
                Text(
                    "The pandemic and the rapid digitalisation of societies have raised new "
                    "questions for cities. WeGO's answer for 2022 is a wider, more inclusive set "
                    "of activities that prepares young people to lead and helps cities become "
                    "more resilient.",
                    ko=(
                        "팬데믹과 빠른 사회의 디지털화는 도시에 새로운 질문을 던졌습니다. 이에 "
                        "대한 WeGO의 2022년 답은 청년을 미래의 리더로 키우고 도시의 회복력을 "
                        "높이는, 더 넓고 포용적인 활동입니다."
                    ),
                    es=(
                        "La pandemia y la rápida digitalización de las sociedades plantean nuevas "
                        "preguntas a las ciudades. La respuesta de WeGO para 2022 es un conjunto "
                        "de actividades más amplio e inclusivo, que prepara a los jóvenes para "
                        "liderar y ayuda a las ciudades a ser más resilientes."
                    ),
                )
            ),
            p(
                Text(
                    "The event launches the WeGO Smart City Champions programme, open to anyone "
                    "under 35, and introduces the WeGO Smart Cities Index and the WeGO Nexus "
                    "member platform.",
                    ko=(
                        "이번 행사에서는 35세 이하 누구나 참여할 수 있는 WeGO 스마트시티 챔피언 "
                        "프로그램을 출범하고, WeGO 스마트시티 지수와 회원 플랫폼 WeGO 넥서스를 "
                        "소개합니다."
                    ),
                    es=(
                        "El acto lanza el programa WeGO Smart City Champions, abierto a menores "
                        "de 35 años, y presenta el WeGO Smart Cities Index y la plataforma de "
                        "miembros WeGO Nexus."
                    ),
                )
            ),
            p(
                Text(
                    "The Mayor of Seoul, who is also WeGO's President, and the Ambassador of "
                    "Mexico open the event; the Edgelands Institute, one of WeGO's newest "
                    "partners, gives the keynote. Students from seven universities taking part "
                    "in the Champions programme are introduced, partners present their "
                    "programmes, and in-person guests close with a networking session.",
                    ko=(
                        "WeGO 회장인 서울시장과 주한 멕시코 대사가 행사를 열고, WeGO의 새 "
                        "파트너인 엣지랜즈 연구소가 기조연설을 합니다. 챔피언 프로그램에 "
                        "참여하는 7개 대학 학생들이 소개되고, 파트너들이 프로그램을 발표한 뒤 "
                        "현장 참석자들의 네트워킹으로 마무리됩니다."
                    ),
                    es=(
                        "Abren el acto el alcalde de Seúl, que también preside WeGO, y el "
                        "embajador de México; el Edgelands Institute, uno de los socios más "
                        "recientes de WeGO, pronuncia la conferencia principal. Se presenta a "
                        "estudiantes de siete universidades del programa Champions, los socios "
                        "muestran sus programas y los asistentes presenciales cierran con un "
                        "encuentro de contactos."
                    ),
                )
            ),
        )
    ],
    "tags": ["youth", "kick-off"],
    "related_programs": KICK_OFF_PROGRAMS,
    "related_members": ["Seoul"],
    "event_what": Text(
        "The beginning-of-year event at which WeGO presents its new activities to smart city "
        "stakeholders around the world.",
        ko="WeGO가 전 세계 스마트시티 관계자에게 새 활동을 소개하는 연초 행사.",
        es=(
            "El acto de inicio de año en el que WeGO presenta sus nuevas actividades a los "
            "actores de las ciudades inteligentes de todo el mundo."
        ),
    ),
    "starts_on": datetime.date(2022, 2, 23),
    "start_time": datetime.time(15, 0),
    "end_time": datetime.time(16, 30),
    "time_zone": "Asia/Seoul",
    "attendance_mode": AttendanceMode.HYBRID,
    "venue": Text(
        "Seoul Global Center, 9th floor, Jongno-gu",
        ko="서울글로벌센터 9층, 종로구",
        es="Seoul Global Center, 9.º piso, Jongno-gu",
    ),
    "city": Text("Seoul", ko="서울", es="Seúl"),
    "country": "KR",
    "online_details": as_is("Zoom"),
    "event_who": Text(
        "WeGO and its President, the Mayor of Seoul (to be confirmed)\n"
        "Smart technology companies and Korean and international institutions\n"
        "Ambassadors and representatives of embassies in Korea\n"
        "Academics and young participants of the WeGO Smart City Champions",
        ko=(
            "WeGO와 WeGO 회장인 서울시장(미정)\n"
            "스마트 기술 기업, 국내외 기관\n"
            "주한 대사 및 대사관 관계자\n"
            "학계 인사와 WeGO 스마트시티 챔피언 청년 참가자"
        ),
        es=(
            "WeGO y su presidente, el alcalde de Seúl (por confirmar)\n"
            "Empresas de tecnología inteligente e instituciones coreanas e internacionales\n"
            "Embajadores y representantes de embajadas en Corea\n"
            "Académicos y jóvenes participantes de WeGO Smart City Champions"
        ),
    ),
}

PRESS_RELEASE = {
    "slug": "kick-off-2022-press-release",
    "title": Text(
        "WeGO opens 2022 with programmes for young leaders and citizen-centred cities",
        ko="WeGO, 청년 리더와 시민 중심 도시를 위한 프로그램으로 2022년을 열다",
        es=(
            "WeGO abre 2022 con programas para jóvenes líderes y ciudades centradas en la "
            "ciudadanía"
        ),
    ),
    "kind": NewsKind.PRESS_RELEASE,
    "date": datetime.date(2022, 2, 23),
    "lead": Text(
        "At a hybrid event in Seoul, WeGO launched a youth programme, an index to benchmark "
        "smart cities and a platform where members work together, before local governments, "
        "companies, embassies, institutions, academics and young people.",
        ko=(
            "WeGO는 서울에서 열린 온·오프라인 행사에서 지방정부, 기업, 대사관, 기관, 학계와 "
            "청년들이 지켜보는 가운데 청년 프로그램, 스마트시티 비교 지수, 회원 협업 플랫폼을 "
            "출범했습니다."
        ),
        es=(
            "En un acto híbrido en Seúl, ante gobiernos locales, empresas, embajadas, "
            "instituciones, académicos y jóvenes, WeGO lanzó un programa para jóvenes, un índice "
            "para comparar ciudades inteligentes y una plataforma de trabajo entre sus miembros."
        ),
    ),
    "body": [
        paragraph(
            p(
                Text(
                    "<strong>Seoul, 23 February 2022.</strong> WeGO presented its 2022 "
                    "activities today to members, partners and stakeholders around the world. "
                    "The new activities reach a wider audience and aim to prepare young people "
                    "to lead the cities of tomorrow.",
                    ko=(
                        "<strong>서울, 2022년 2월 23일.</strong> WeGO는 오늘 전 세계 회원, "
                        "파트너, 이해관계자에게 2022년 활동을 소개했습니다. 새 활동은 더 넓은 "
                        "대상을 아우르며, 청년들이 미래 도시를 이끌 수 있도록 준비시키는 것을 "
                        "목표로 합니다."
                    ),
                    es=(
                        "<strong>Seúl, 23 de febrero de 2022.</strong> WeGO presentó hoy sus "
                        "actividades de 2022 a miembros, socios y actores de todo el mundo. Las "
                        "nuevas actividades llegan a un público más amplio y buscan preparar a "
                        "los jóvenes para dirigir las ciudades del mañana."
                    ),
                )
            ),
        ),
        heading(
            Text(
                "A digital society for all generations",
                ko="모든 세대를 위한 디지털 사회",
                es="Una sociedad digital para todas las generaciones",
            )
        ),
        paragraph(
            p(
                Text(
                    "Opening the event, Se-hoon Oh, Mayor of Seoul and President of WeGO, "
                    "welcomed initiatives that match Seoul's own work after the pandemic. With "
                    "contact moving online, he said, an inclusive smart city where every "
                    "generation enjoys the rights of a digital society matters more than ever, "
                    "and Seoul would work to close the digital divide.",
                    ko=(
                        "개회를 맡은 오세훈 서울시장 겸 WeGO 회장은 팬데믹 이후 서울시의 노력과 "
                        "맞닿은 새 사업들을 반겼습니다. 그는 비대면이 일상이 된 지금, 모든 "
                        "세대가 디지털 사회의 권리를 누리는 포용적 스마트시티가 어느 때보다 "
                        "중요하다며, 서울시가 디지털 격차 해소에 힘쓰겠다고 밝혔습니다."
                    ),
                    es=(
                        "Al abrir el acto, Se-hoon Oh, alcalde de Seúl y presidente de WeGO, "
                        "celebró unas iniciativas que coinciden con el trabajo de Seúl tras la "
                        "pandemia. Con la vida cada vez más en línea, dijo, una ciudad "
                        "inteligente inclusiva, donde todas las generaciones gocen de los "
                        "derechos de la sociedad digital, importa más que nunca, y Seúl "
                        "trabajará para cerrar la brecha digital."
                    ),
                )
            ),
            p(
                Text(
                    "Secretary General Jung Sook Park described WeGO's role as preparing cities "
                    "for what comes next. Technologies such as big data and artificial "
                    "intelligence can help cities, she noted, but can also threaten citizens' "
                    "basic rights; raising awareness of digital ethics among members and "
                    "partners will be a priority.",
                    ko=(
                        "박정숙 사무총장은 다가올 변화에 도시를 대비시키는 것이 WeGO의 "
                        "역할이라고 설명했습니다. 빅데이터와 인공지능 같은 기술은 도시에 도움이 "
                        "되지만 시민의 기본권을 위협할 수도 있다며, 회원과 파트너의 디지털 윤리 "
                        "의식을 높이는 일을 우선 과제로 삼겠다고 말했습니다."
                    ),
                    es=(
                        "La secretaria general, Jung Sook Park, explicó que el papel de WeGO es "
                        "preparar a las ciudades para lo que viene. Tecnologías como los "
                        "macrodatos o la inteligencia artificial pueden ayudarlas, señaló, pero "
                        "también amenazar derechos básicos; concienciar sobre la ética digital a "
                        "miembros y socios será una prioridad."
                    ),
                )
            ),
        ),
        heading(Text("Launches of the day", ko="이날 출범한 사업", es="Lanzamientos del día")),
        paragraph(
            bullets(
                Text(
                    "<strong>WeGO Smart City Champions</strong>, the flagship programme of "
                    "2022: 15 weeks, free and open to anyone under 35, in two phases (lectures, "
                    "then workshops).",
                    ko=(
                        "<strong>WeGO 스마트시티 챔피언</strong>: 2022년 대표 프로그램. 35세 "
                        "이하 누구나 무료로 참여하는 15주 과정이며, 강의와 워크숍 두 단계로 "
                        "진행됩니다."
                    ),
                    es=(
                        "<strong>WeGO Smart City Champions</strong>, el programa estrella de "
                        "2022: 15 semanas, gratuito y abierto a menores de 35 años, en dos fases "
                        "(clases y después talleres)."
                    ),
                ),
                Text(
                    "<strong>WeGO Smart Cities Index</strong>, for cities to assess their "
                    "development, benchmark it and learn from others.",
                    ko=(
                        "<strong>WeGO 스마트시티 지수</strong>: 도시가 발전 단계를 진단하고, "
                        "다른 도시와 비교하며 배울 수 있도록 돕습니다."
                    ),
                    es=(
                        "<strong>WeGO Smart Cities Index</strong>, para que las ciudades evalúen "
                        "su desarrollo, se comparen y aprendan de otras."
                    ),
                ),
                Text(
                    "<strong>WeGO Nexus</strong>, the members' platform for communication and "
                    "matchmaking.",
                    ko="<strong>WeGO 넥서스</strong>: 회원 간 소통과 매칭을 위한 플랫폼.",
                    es=(
                        "<strong>WeGO Nexus</strong>, la plataforma de comunicación y encuentros "
                        "de los miembros."
                    ),
                ),
                Text(
                    "A planned <strong>Advisory Board</strong> of experts from ministries, "
                    "academia, companies and international organisations.",
                    ko=(
                        "정부 부처, 학계, 기업, 국제기구 전문가로 구성될 <strong>자문위원회"
                        "</strong> 설립 계획."
                    ),
                    es=(
                        "Un futuro <strong>Consejo Asesor</strong> de expertos de ministerios, "
                        "universidades, empresas y organismos internacionales."
                    ),
                ),
            ),
            p(
                Text(
                    "Seoul National University's Graduate School of Public Administration "
                    "signed an agreement to join the Champions programme, and WeGO signed a "
                    "memorandum of understanding with the Edgelands Institute, a Swiss "
                    "organisation studying how the digitalisation of urban security changes "
                    "the social contract.",
                    ko=(
                        "서울대학교 행정대학원은 챔피언 프로그램 참여 협약을 맺었고, WeGO는 "
                        "도시 안전의 디지털화가 사회 계약을 어떻게 바꾸는지 연구하는 스위스 "
                        "기관 엣지랜즈 연구소와 업무협약을 체결했습니다."
                    ),
                    es=(
                        "La Escuela de Posgrado en Administración Pública de la Universidad "
                        "Nacional de Seúl firmó un acuerdo para unirse al programa Champions, y "
                        "WeGO firmó un memorando de entendimiento con el Edgelands Institute, "
                        "una organización suiza que estudia cómo la digitalización de la "
                        "seguridad urbana cambia el contrato social."
                    ),
                )
            ),
        ),
        heading(Text("Diplomatic support", ko="외교계의 지지", es="Apoyo diplomático")),
        paragraph(
            p(
                Text(
                    "Mexico's Ambassador spoke for Mexico City, vice-president city and host of "
                    "the 6th General Assembly in 2023. The Chargé d'Affaires of Ecuador gave "
                    "remarks, and the Ambassador of Peru received a certificate of appreciation "
                    "for bringing three Peruvian cities into WeGO in 2021. Ambassadors of "
                    "Algeria, Azerbaijan, the Dominican Republic, Ecuador, Iran, Mexico, Oman, "
                    "Peru, the United Arab Emirates and Vietnam attended in person.",
                    ko=(
                        "주한 멕시코 대사는 부회장 도시이자 2023년 제6차 총회 개최 도시인 "
                        "멕시코시티를 대표해 발언했습니다. 에콰도르 대사대리가 축사를 했고, 주한 "
                        "페루 대사는 2021년 페루의 세 도시를 WeGO 회원으로 이끈 공로로 감사패를 "
                        "받았습니다. 알제리, 아제르바이잔, 도미니카공화국, 에콰도르, 이란, "
                        "멕시코, 오만, 페루, 아랍에미리트, 베트남 대사가 현장에 참석했습니다."
                    ),
                    es=(
                        "El embajador de México habló en nombre de la Ciudad de México, ciudad "
                        "vicepresidenta y sede de la 6.ª Asamblea General en 2023. El encargado "
                        "de negocios de Ecuador dirigió unas palabras, y el embajador del Perú "
                        "recibió un reconocimiento por haber sumado tres ciudades peruanas a "
                        "WeGO en 2021. Asistieron en persona los embajadores de Argelia, "
                        "Azerbaiyán, la República Dominicana, Ecuador, Irán, México, Omán, Perú, "
                        "los Emiratos Árabes Unidos y Vietnam."
                    ),
                )
            ),
        ),
    ],
    "tags": ["youth", "kick-off", "digital ethics"],
    "related_programs": KICK_OFF_PROGRAMS,
    # The members the documents name: Seoul, the president city, and Mexico City, whose
    # ambassador spoke for it.
    "related_members": ["Seoul", "Mexico City"],
}

# The advisory and the release name the media contact.
PRESS_MATERIAL = [MEDIA_ADVISORY, PRESS_RELEASE]

NEWS = [
    {
        "slug": "youth-programme-launch",
        "title": Text(
            "A smart city programme for young people, free for all under 35",
            ko="35세 이하 누구나 무료로 참여하는 청년 스마트시티 프로그램",
            es=(
                "Un programa de ciudades inteligentes para jóvenes, gratuito para menores de 35 "
                "años"
            ),
        ),
        "date": datetime.date(2022, 2, 23),
        "lead": Text(
            "WeGO Smart City Champions starts on 4 March with the support of major universities "
            "in Korea and abroad.",
            ko="WeGO 스마트시티 챔피언이 국내외 주요 대학의 지원 속에 3월 4일 시작합니다.",
            es=(
                "WeGO Smart City Champions empieza el 4 de marzo con el apoyo de grandes "
                "universidades de Corea y de otros países."
            ),
        ),
        "body": [
            paragraph(
                p(
                    Text(
                        "The programme builds the skills of young people in South Korea and "
                        "elsewhere in urban development, sustainability and smart cities, and "
                        "takes on the digital divide that the pandemic widened.",
                        ko=(
                            "이 프로그램은 국내외 청년들이 도시 개발, 지속가능성, 스마트시티 "
                            "분야의 역량을 기르도록 돕고, 팬데믹으로 더 벌어진 디지털 격차 "
                            "해소에 나섭니다."
                        ),
                        es=(
                            "El programa forma a jóvenes de Corea del Sur y de otros países en "
                            "desarrollo urbano, sostenibilidad y ciudades inteligentes, y combate "
                            "la brecha digital que la pandemia agrandó."
                        ),
                    )
                )
            )
        ],
        "tags": ["youth"],
        "related_programs": ["smart-city-champions"],
    },
    {
        "slug": "champions-orientation",
        "title": Text(
            "Smart City Champions meet for the first time",
            ko="스마트시티 챔피언 참가자들이 처음 만나다",
            es="Los Smart City Champions se reúnen por primera vez",
        ),
        "date": datetime.date(2022, 3, 4),
        "lead": Text(
            "Participants gathered online for an orientation session before the 15 weeks of the "
            "programme.",
            ko="참가자들이 15주 과정을 앞두고 온라인 오리엔테이션에 모였습니다.",
            es=(
                "Los participantes se conectaron a una sesión de orientación antes de las 15 "
                "semanas del programa."
            ),
        ),
        "body": [
            paragraph(
                p(
                    Text(
                        "The session presented the lecture series and the workshops to come.",
                        ko="이 자리에서 앞으로 이어질 강의 시리즈와 워크숍이 소개되었습니다.",
                        es="La sesión presentó el ciclo de clases y los talleres que vendrán.",
                    )
                )
            )
        ],
        "tags": ["youth"],
        "related_programs": ["smart-city-champions"],
    },
    {
        "slug": "champions-first-workshop",
        "title": Text(
            "Twenty teams of young leaders start looking for smart city solutions",
            ko="청년 리더 20개 팀, 스마트시티 해법 찾기에 나서다",
            es="Veinte equipos de jóvenes líderes buscan soluciones para ciudades inteligentes",
        ),
        "date": datetime.date(2022, 5, 16),
        "lead": Text(
            "The first workshop of the WeGO Smart City Champions opened the programme's second "
            "phase with 20 selected teams.",
            ko=(
                "WeGO 스마트시티 챔피언의 첫 워크숍이 선발된 20개 팀과 함께 프로그램의 두 번째 "
                "단계를 열었습니다."
            ),
            es=(
                "El primer taller de WeGO Smart City Champions abrió la segunda fase del "
                "programa con 20 equipos seleccionados."
            ),
        ),
        "body": [
            paragraph(
                p(
                    Text(
                        "After the lectures, the teams now work on solutions for sustainable "
                        "smart cities.",
                        ko="강의를 마친 팀들은 이제 지속가능한 스마트시티를 위한 해법을 찾습니다.",
                        es=(
                            "Terminadas las clases, los equipos trabajan ahora en soluciones para "
                            "ciudades inteligentes y sostenibles."
                        ),
                    )
                )
            )
        ],
        "tags": ["youth"],
        "related_programs": ["smart-city-champions"],
    },
    {
        "slug": "visit-singapore-embassy",
        "title": Text(
            "A visit to the Embassy of Singapore",
            ko="주한 싱가포르 대사관 방문",
            es="Visita a la Embajada de Singapur",
        ),
        "date": datetime.date(2022, 3, 15),
        "lead": Text(
            "WeGO met Adrian Li, Deputy Chief of Mission, to discuss cooperation on the Smart "
            "City Champions and the World Cities Summit.",
            ko=(
                "WeGO는 에이드리언 리 차석대사를 만나 스마트시티 챔피언과 세계도시정상회의 협력 "
                "방안을 논의했습니다."
            ),
            es=(
                "WeGO se reunió con Adrian Li, jefe adjunto de misión, para hablar de cooperación "
                "en torno a Smart City Champions y la Cumbre Mundial de Ciudades."
            ),
        ),
        "tags": ["diplomacy"],
    },
    {
        "slug": "visit-costa-rica-ambassador",
        "title": Text(
            "The Ambassador of Costa Rica visits the secretariat",
            ko="주한 코스타리카 대사, 사무국 방문",
            es="El embajador de Costa Rica visita la secretaría",
        ),
        "date": datetime.date(2022, 3, 2),
        "lead": Text(
            "H.E. Alejandro Rodríguez Zamora met the new Secretary General, Jung Sook Park, and "
            "recalled the embassy's past cooperation with WeGO.",
            ko=(
                "알레한드로 로드리게스 사모라 대사는 박정숙 신임 사무총장을 만나 대사관과 WeGO가 "
                "그동안 이어 온 협력을 되돌아보았습니다."
            ),
            es=(
                "Alejandro Rodríguez Zamora se reunió con la nueva secretaria general, Jung Sook "
                "Park, y recordó la cooperación que la embajada ha mantenido con WeGO."
            ),
        ),
        "tags": ["diplomacy"],
    },
    {
        "slug": "visit-japan-embassy",
        "title": Text(
            "Japanese diplomats explore smart city cooperation",
            ko="일본 외교관들, 스마트시티 협력 방안을 모색하다",
            es="Diplomáticos japoneses exploran la cooperación en ciudades inteligentes",
        ),
        "date": datetime.date(2022, 2, 17),
        "lead": Text(
            "Haruyuki Fujii, Military Attaché, and Masaki Miwa, First Secretary for economic "
            "affairs, exchanged ideas with the Secretary General on smart cities in Japan.",
            ko=(
                "후지이 하루유키 국방무관과 미와 마사키 경제과 1등서기관이 사무총장과 일본의 "
                "스마트시티에 관해 의견을 나눴습니다."
            ),
            es=(
                "Haruyuki Fujii, agregado militar, y Masaki Miwa, primer secretario de asuntos "
                "económicos, intercambiaron ideas con la secretaria general sobre las ciudades "
                "inteligentes en Japón."
            ),
        ),
        "tags": ["diplomacy"],
    },
    {
        "slug": "visit-colombia-embassy",
        "title": Text(
            "Colombia's Ambassador opens doors to Colombian cities",
            ko="주한 콜롬비아 대사, 콜롬비아 도시들과의 가교 역할 약속",
            es="El embajador de Colombia abre las puertas de las ciudades colombianas",
        ),
        "date": datetime.date(2022, 2, 11),
        "lead": Text(
            "H.E. Juan Carlos Caiza Rosero will connect WeGO with the Colombian Association of "
            "Capital Cities and the Colombian Federation of Municipalities, a step for WeGO's "
            "network in Latin America.",
            ko=(
                "후안 카를로스 카이사 로세로 대사는 WeGO를 콜롬비아 수도권도시협회, 콜롬비아 "
                "지방자치단체연맹과 이어 주기로 했습니다. 라틴아메리카에서 WeGO 네트워크를 넓히는 "
                "한 걸음입니다."
            ),
            es=(
                "Juan Carlos Caiza Rosero pondrá en contacto a WeGO con la Asociación Colombiana "
                "de Ciudades Capitales y la Federación Colombiana de Municipios, un paso para la "
                "red de WeGO en América Latina."
            ),
        ),
        "tags": ["diplomacy"],
    },
    {
        "slug": "visit-quebec-office",
        "title": Text(
            "The Quebec Government Office in Seoul visits WeGO",
            ko="주한 퀘벡 정부 대표부, WeGO 방문",
            es="La Oficina del Gobierno de Quebec en Seúl visita WeGO",
        ),
        "date": datetime.date(2022, 2, 7),
        "lead": Text(
            "Andrew Lim, Research and Development Attaché, discussed cooperation and the "
            "region's strengths in film, video games and artificial intelligence.",
            ko=(
                "앤드루 림 연구개발 담당관은 협력 방안과 함께 영화, 비디오 게임, 인공지능 등 "
                "퀘벡이 강점을 지닌 분야를 소개했습니다."
            ),
            es=(
                "Andrew Lim, agregado de investigación y desarrollo, habló de cooperación y de "
                "los puntos fuertes de la región en cine, videojuegos e inteligencia artificial."
            ),
        ),
        "tags": ["diplomacy"],
    },
]

# In Korean and Spanish.
TRANSLATED_PAGES = [INDEX, MEDIA_ADVISORY, PRESS_RELEASE, *NEWS]
# The media contact, translated with the pages.
TRANSLATED_TEXTS = [MEDIA_CONTACT]


def ensure_media_contact(locale):
    contact, _created = MediaContact.objects.get_or_create(
        name=MEDIA_CONTACT["name"], locale=locale, defaults={"role": english(MEDIA_CONTACT["role"])}
    )
    return contact


def ensure_news(home, programs, contact):
    """The news index and its articles, by slug; `programs` are the programmes by slug."""
    index, _created = ensure_page(home, NewsIndexPage, **INDEX)
    articles = {}
    for article in PRESS_MATERIAL:
        articles[article["slug"]] = ensure_article(
            index, programs, **article, media_contact=contact
        )
    for article in NEWS:
        articles[article["slug"]] = ensure_article(index, programs, kind=NewsKind.NEWS, **article)
    return index, articles


def ensure_article(index, programs, tags=(), related_programs=(), related_members=(), **fields):
    page, created = ensure_page(
        index,
        NewsArticlePage,
        relations={
            "related_programs": [programs[slug] for slug in related_programs],
            "related_members": members_named(related_members),
        },
        **fields,
    )
    if created and tags:
        page.tags.add(*tags)
        page.save_revision().publish()
    return page


def translated_snippets(locale):
    """The media contact in `locale`: translated with the press material that names it."""
    return list(MediaContact.objects.filter(locale=locale, name=MEDIA_CONTACT["name"]))
