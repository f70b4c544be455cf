"""Korean and Spanish versions of the main pages of the initial content (and the home page in
the other languages), written for this site. Keys are the English source strings as
wagtail-localize segments them; strings without an entry stay in English."""

SECTION_TITLES = {
    "ko": {
        "News and media": "뉴스와 미디어",
        "Events": "행사",
        "Programmes": "프로그램",
        "Members": "회원",
        "About WeGO": "WeGO 소개",
        "Governance": "거버넌스",
    },
    "es": {
        "News and media": "Noticias y medios",
        "Events": "Eventos",
        "Programmes": "Programas",
        "Members": "Miembros",
        "About WeGO": "Acerca de WeGO",
        "Governance": "Gobernanza",
    },
}

KOREAN = {
    **SECTION_TITLES["ko"],
    # Home
    "Smart sustainable cities for all": "모두를 위한 스마트 지속가능 도시",
    "WeGO is an international association of city and local governments, smart technology "
    "companies and institutions that work together so that cities become smarter, more "
    "sustainable and more people-centred.": (
        "WeGO는 도시와 지방정부, 스마트 기술 기업과 기관이 함께 모여 도시를 더 똑똑하고, 더 "
        "지속가능하며, 더 사람 중심으로 만들어 가는 국제 협의체입니다."
    ),
    # Section introductions
    "Press releases, media advisories and news from WeGO and its members.": (
        "WeGO와 회원들의 보도자료, 취재요청, 소식을 전합니다."
    ),
    "Conferences, training, networks and meetings of WeGO and its members.": (
        "WeGO와 회원들의 회의, 교육, 네트워크 모임과 행사입니다."
    ),
    "How WeGO helps its members: training and youth programmes, knowledge and data, "
    "matchmaking with solution providers, regional networks and awards.": (
        "WeGO가 회원을 지원하는 방법: 교육과 청년 프로그램, 지식과 데이터, 솔루션 기업과의 "
        "매칭, 지역 네트워크와 시상 제도."
    ),
    "City and local governments, companies and institutions from five regions. Filter the "
    "list and the map by region, country, type or role.": (
        "다섯 개 권역의 도시·지방정부, 기업, 기관입니다. 권역, 국가, 유형, 역할로 목록과 "
        "지도를 걸러 보세요."
    ),
    # Press release
    "WeGO opens 2022 with programmes for young leaders and citizen-centred cities": (
        "WeGO, 청년 리더와 시민 중심 도시를 위한 프로그램으로 2022년을 열다"
    ),
    "At a hybrid event in Seoul, WeGO launched a youth programme, an index to benchmark smart "
    "cities and a platform where members work together, before local governments, companies, "
    "embassies, institutions, academics and young people.": (
        "WeGO는 서울에서 열린 온·오프라인 행사에서 지방정부, 기업, 대사관, 기관, 학계와 "
        "청년들이 지켜보는 가운데 청년 프로그램, 스마트시티 비교 지수, 회원 협업 플랫폼을 "
        "출범했습니다."
    ),
    "<strong>Seoul, 23 February 2022.</strong> WeGO presented its 2022 activities today to "
    "members, partners and stakeholders around the world. The new activities reach a wider "
    "audience and aim to prepare young people to lead the cities of tomorrow.": (
        "<strong>서울, 2022년 2월 23일.</strong> WeGO는 오늘 전 세계 회원, 파트너, 이해관계자에게 "
        "2022년 활동을 소개했습니다. 새 활동은 더 넓은 대상을 아우르며, 청년들이 미래 도시를 "
        "이끌 수 있도록 준비시키는 것을 목표로 합니다."
    ),
    "A digital society for all generations": "모든 세대를 위한 디지털 사회",
    "Opening the event, Se-hoon Oh, Mayor of Seoul and President of WeGO, welcomed initiatives "
    "that match Seoul's own work after the pandemic. With contact moving online, he said, an "
    "inclusive smart city where every generation enjoys the rights of a digital society "
    "matters more than ever, and Seoul would work to close the digital divide.": (
        "개회를 맡은 오세훈 서울시장 겸 WeGO 회장은 팬데믹 이후 서울시의 노력과 맞닿은 새 "
        "사업들을 반겼습니다. 그는 비대면이 일상이 된 지금, 모든 세대가 디지털 사회의 권리를 "
        "누리는 포용적 스마트시티가 어느 때보다 중요하다며, 서울시가 디지털 격차 해소에 "
        "힘쓰겠다고 밝혔습니다."
    ),
    "Secretary General Jung Sook Park described WeGO's role as preparing cities for what comes "
    "next. Technologies such as big data and artificial intelligence can help cities, she "
    "noted, but can also threaten citizens' basic rights; raising awareness of digital ethics "
    "among members and partners will be a priority.": (
        "박정숙 사무총장은 다가올 변화에 도시를 대비시키는 것이 WeGO의 역할이라고 설명했습니다. "
        "빅데이터와 인공지능 같은 기술은 도시에 도움이 되지만 시민의 기본권을 위협할 수도 "
        "있다며, 회원과 파트너의 디지털 윤리 의식을 높이는 일을 우선 과제로 삼겠다고 "
        "말했습니다."
    ),
    "Launches of the day": "이날 출범한 사업",
    "<strong>WeGO Smart City Champions</strong>, the flagship programme of 2022: 15 weeks, free "
    "and open to anyone under 35, in two phases (lectures, then workshops).": (
        "<strong>WeGO 스마트시티 챔피언</strong>: 2022년 대표 프로그램. 35세 이하 누구나 무료로 "
        "참여하는 15주 과정이며, 강의와 워크숍 두 단계로 진행됩니다."
    ),
    "<strong>WeGO Smart Cities Index</strong>, for cities to assess their development, "
    "benchmark it and learn from others.": (
        "<strong>WeGO 스마트시티 지수</strong>: 도시가 발전 단계를 진단하고, 다른 도시와 "
        "비교하며 배울 수 있도록 돕습니다."
    ),
    "<strong>WeGO Nexus</strong>, the members' platform for communication and matchmaking.": (
        "<strong>WeGO 넥서스</strong>: 회원 간 소통과 매칭을 위한 플랫폼."
    ),
    "A planned <strong>Advisory Board</strong> of experts from ministries, academia, companies "
    "and international organisations.": (
        "정부 부처, 학계, 기업, 국제기구 전문가로 구성될 <strong>자문위원회</strong> 설립 계획."
    ),
    "Seoul National University's Graduate School of Public Administration signed an agreement "
    "to join the Champions programme, and WeGO signed a memorandum of understanding with the "
    "Edgelands Institute, a Swiss organisation studying how the digitalisation of urban "
    "security changes the social contract.": (
        "서울대학교 행정대학원은 챔피언 프로그램 참여 협약을 맺었고, WeGO는 도시 안전의 "
        "디지털화가 사회 계약을 어떻게 바꾸는지 연구하는 스위스 기관 엣지랜즈 연구소와 "
        "업무협약을 체결했습니다."
    ),
    "Diplomatic support": "외교계의 지지",
    "Mexico's Ambassador spoke for Mexico City, vice-president city and host of the 6th General "
    "Assembly in 2023. The Chargé d'Affaires of Ecuador gave remarks, and the Ambassador of Peru "
    "received a certificate of appreciation for bringing three Peruvian cities into WeGO in "
    "2021. Ambassadors of Algeria, Azerbaijan, the Dominican Republic, Ecuador, Iran, Mexico, "
    "Oman, Peru, the United Arab Emirates and Vietnam attended in person.": (
        "주한 멕시코 대사는 부회장 도시이자 2023년 제6차 총회 개최 도시인 멕시코시티를 대표해 "
        "발언했습니다. 에콰도르 대사대리가 축사를 했고, 주한 페루 대사는 2021년 페루의 세 도시를 "
        "WeGO 회원으로 이끈 공로로 감사패를 받았습니다. 알제리, 아제르바이잔, 도미니카공화국, "
        "에콰도르, 이란, 멕시코, 오만, 페루, 아랍에미리트, 베트남 대사가 현장에 참석했습니다."
    ),
    # Media advisory
    "Smart city stakeholders meet to launch WeGO's 2022 activities": (
        "스마트시티 관계자들, WeGO 2022년 활동 출범을 위해 한자리에"
    ),
    "On 23 February WeGO presents its plans for 2022 to members, partners and stakeholders "
    "worldwide, in Seoul and online, with a new youth programme at their centre.": (
        "WeGO는 2월 23일 서울 현장과 온라인에서 전 세계 회원, 파트너, 이해관계자에게 새 청년 "
        "프로그램을 중심으로 한 2022년 계획을 발표합니다."
    ),
    "The pandemic and the rapid digitalisation of societies have raised new questions for "
    "cities. WeGO's answer for 2022 is a wider, more inclusive set of activities that prepares "
    "young people to lead and helps cities become more resilient.": (
        "팬데믹과 빠른 사회의 디지털화는 도시에 새로운 질문을 던졌습니다. 이에 대한 WeGO의 "
        "2022년 답은 청년을 미래의 리더로 키우고 도시의 회복력을 높이는, 더 넓고 포용적인 "
        "활동입니다."
    ),
    "The event launches the WeGO Smart City Champions programme, open to anyone under 35, and "
    "introduces the WeGO Smart Cities Index and the WeGO Nexus member platform.": (
        "이번 행사에서는 35세 이하 누구나 참여할 수 있는 WeGO 스마트시티 챔피언 프로그램을 "
        "출범하고, WeGO 스마트시티 지수와 회원 플랫폼 WeGO 넥서스를 소개합니다."
    ),
    "The Mayor of Seoul, who is also WeGO's President, and the Ambassador of Mexico open the "
    "event; the Edgelands Institute, one of WeGO's newest partners, gives the keynote. "
    "Students from seven universities taking part in the Champions programme are introduced, "
    "partners present their programmes, and in-person guests close with a networking session.": (
        "WeGO 회장인 서울시장과 주한 멕시코 대사가 행사를 열고, WeGO의 새 파트너인 엣지랜즈 "
        "연구소가 기조연설을 합니다. 챔피언 프로그램에 참여하는 7개 대학 학생들이 소개되고, "
        "파트너들이 프로그램을 발표한 뒤 현장 참석자들의 네트워킹으로 마무리됩니다."
    ),
    "The beginning-of-year event at which WeGO presents its new activities to smart city "
    "stakeholders around the world.": (
        "WeGO가 전 세계 스마트시티 관계자에게 새 활동을 소개하는 연초 행사."
    ),
    "WeGO and its President, the Mayor of Seoul (to be confirmed)<br/>Smart technology "
    "companies and Korean and international institutions<br/>Ambassadors and representatives "
    "of embassies in Korea<br/>Academics and young participants of the WeGO Smart City "
    "Champions": (
        "WeGO와 WeGO 회장인 서울시장(미정)<br/>스마트 기술 기업, 국내외 기관<br/>주한 대사 및 "
        "대사관 관계자<br/>학계 인사와 WeGO 스마트시티 챔피언 청년 참가자"
    ),
    "Seoul Global Center, 9th floor, Jongno-gu": "서울글로벌센터 9층, 종로구",
    "Seoul": "서울",
    # Programmes
    "WeGO Smart City Champions": "WeGO 스마트시티 챔피언",
    "A free programme that prepares young people in Korea and abroad to shape safe, inclusive "
    "smart cities.": (
        "국내외 청년들이 안전하고 포용적인 스마트시티를 만들 수 있도록 돕는 무료 프로그램."
    ),
    "Anyone under 35, whatever their nationality, residence or affiliation.": (
        "국적, 거주지, 소속과 관계없이 35세 이하 누구나."
    ),
    "Young urban leaders of tomorrow building safe and inclusive smart cities.": (
        "안전하고 포용적인 스마트시티를 만드는 내일의 청년 도시 리더."
    ),
    "Launched in February 2022, the programme answers a question the pandemic made urgent: how "
    "to keep the accelerating digitalisation of cities from leaving people behind. It runs for "
    "15 weeks in two phases.": (
        "2022년 2월 시작된 이 프로그램은 팬데믹으로 시급해진 질문, 즉 빨라지는 도시의 디지털화 "
        "속에서 누구도 소외되지 않게 하려면 어떻게 해야 하는지에 답합니다. 15주 동안 두 단계로 "
        "진행됩니다."
    ),
    "Universities in Korea and abroad support it, among them Seoul National University, "
    "Kookmin University, Korea University, Yonsei University, Dongguk University, the Catholic "
    "University of Milan, Chengdu University of Technology and Harvard's Berkman Klein Center.": (
        "서울대학교, 국민대학교, 고려대학교, 연세대학교, 동국대학교, 밀라노 가톨릭대학교, "
        "청두이공대학교, 하버드대학교 버크만 클라인 센터 등 국내외 대학이 함께합니다."
    ),
    "Calls for participants open before each edition. Follow WeGO's news, or write to the "
    "secretariat.": (
        "매 기수 시작 전에 참가자를 모집합니다. WeGO 소식을 확인하거나 사무국에 문의하세요."
    ),
    "WeGO Smart Cities Index": "WeGO 스마트시티 지수",
    "Data from cities around the world to assess how far each has come in its smart "
    "development, benchmark it against others and learn from them.": (
        "세계 각 도시의 데이터로 스마트 발전 수준을 진단하고, 다른 도시와 비교하며 배우는 지수."
    ),
    "WeGO member cities, with advice from academia, research centres and international "
    "organisations.": "학계, 연구기관, 국제기구의 자문을 받는 WeGO 회원 도시.",
    "The index collects data from cities, assesses the stage of their smart and sustainable "
    "development, and publishes thematic reports and rankings.": (
        "지수는 도시의 데이터를 모아 스마트하고 지속가능한 발전 단계를 평가하고, 주제별 보고서와 "
        "순위를 발표합니다."
    ),
    "For members it is both a reference and a mirror: where do we stand, what should we "
    "improve, and which cities have done it well?": (
        "회원에게 지수는 기준이자 거울입니다. 우리는 어디쯤 있는지, 무엇을 개선해야 하는지, 어느 "
        "도시가 잘 해냈는지 보여 줍니다."
    ),
    "Member cities share smart city data with the secretariat and take part in interviews. "
    "Members in Nexus submit their city's data there.": (
        "회원 도시는 사무국과 스마트시티 데이터를 공유하고 인터뷰에 참여합니다. 넥서스 회원은 "
        "넥서스에서 도시 데이터를 제출합니다."
    ),
    "WeGO Nexus": "WeGO 넥서스",
    "The members' own platform: profiles and directory, messages and recipient lists, groups, "
    "events, and matchmaking.": (
        "회원 전용 플랫폼: 프로필과 회원 명부, 메시지와 수신자 목록, 그룹, 행사, 매칭."
    ),
    "Staff of WeGO's member organisations and the secretariat.": "WeGO 회원 기관 직원과 사무국.",
    "Nexus strengthens the sense of community among members, opens more opportunities to "
    "cooperate, and gives the secretariat a direct line to each member's smart city plans.": (
        "넥서스는 회원 간 공동체 의식을 높이고 협력 기회를 넓히며, 사무국이 각 회원의 "
        "스마트시티 계획을 직접 지원할 수 있게 합니다."
    ),
    "Every active member receives an access code by e-mail to create its accounts.": (
        "활동 중인 모든 회원은 계정을 만들 수 있는 접속 코드를 이메일로 받습니다."
    ),
    "WeGO Smart City Driver": "WeGO 스마트시티 드라이버",
    "From diagnosis to delivery: three services that take a city from knowing where it stands "
    "to carrying out a project.": (
        "진단에서 실행까지: 도시가 현재 위치를 파악하는 단계부터 사업을 수행하는 단계까지 "
        "돕는 세 가지 서비스."
    ),
}

SPANISH = {
    **SECTION_TITLES["es"],
    "Smart sustainable cities for all": "Ciudades inteligentes y sostenibles para todos",
    "WeGO is an international association of city and local governments, smart technology "
    "companies and institutions that work together so that cities become smarter, more "
    "sustainable and more people-centred.": (
        "WeGO es una asociación internacional de gobiernos locales, empresas de tecnología "
        "inteligente e instituciones que trabajan juntos para que las ciudades sean más "
        "inteligentes, más sostenibles y estén más centradas en las personas."
    ),
    "Press releases, media advisories and news from WeGO and its members.": (
        "Comunicados, avisos a los medios y noticias de WeGO y sus miembros."
    ),
    "Conferences, training, networks and meetings of WeGO and its members.": (
        "Conferencias, formaciones, redes y reuniones de WeGO y sus miembros."
    ),
    "How WeGO helps its members: training and youth programmes, knowledge and data, "
    "matchmaking with solution providers, regional networks and awards.": (
        "Cómo apoya WeGO a sus miembros: formación y programas para jóvenes, conocimiento y "
        "datos, encuentros con proveedores de soluciones, redes regionales y premios."
    ),
    "City and local governments, companies and institutions from five regions. Filter the "
    "list and the map by region, country, type or role.": (
        "Gobiernos locales, empresas e instituciones de cinco regiones. Filtre la lista y el "
        "mapa por región, país, tipo o función."
    ),
    "WeGO opens 2022 with programmes for young leaders and citizen-centred cities": (
        "WeGO abre 2022 con programas para jóvenes líderes y ciudades centradas en la ciudadanía"
    ),
    "At a hybrid event in Seoul, WeGO launched a youth programme, an index to benchmark smart "
    "cities and a platform where members work together, before local governments, companies, "
    "embassies, institutions, academics and young people.": (
        "En un acto híbrido en Seúl, ante gobiernos locales, empresas, embajadas, instituciones, "
        "académicos y jóvenes, WeGO lanzó un programa para jóvenes, un índice para comparar "
        "ciudades inteligentes y una plataforma de trabajo entre sus miembros."
    ),
    "<strong>Seoul, 23 February 2022.</strong> WeGO presented its 2022 activities today to "
    "members, partners and stakeholders around the world. The new activities reach a wider "
    "audience and aim to prepare young people to lead the cities of tomorrow.": (
        "<strong>Seúl, 23 de febrero de 2022.</strong> WeGO presentó hoy sus actividades de "
        "2022 a miembros, socios y actores de todo el mundo. Las nuevas actividades llegan a un "
        "público más amplio y buscan preparar a los jóvenes para dirigir las ciudades del "
        "mañana."
    ),
    "A digital society for all generations": "Una sociedad digital para todas las generaciones",
    "Opening the event, Se-hoon Oh, Mayor of Seoul and President of WeGO, welcomed initiatives "
    "that match Seoul's own work after the pandemic. With contact moving online, he said, an "
    "inclusive smart city where every generation enjoys the rights of a digital society "
    "matters more than ever, and Seoul would work to close the digital divide.": (
        "Al abrir el acto, Se-hoon Oh, alcalde de Seúl y presidente de WeGO, celebró unas "
        "iniciativas que coinciden con el trabajo de Seúl tras la pandemia. Con la vida cada vez "
        "más en línea, dijo, una ciudad inteligente inclusiva, donde todas las generaciones "
        "gocen de los derechos de la sociedad digital, importa más que nunca, y Seúl trabajará "
        "para cerrar la brecha digital."
    ),
    "Secretary General Jung Sook Park described WeGO's role as preparing cities for what comes "
    "next. Technologies such as big data and artificial intelligence can help cities, she "
    "noted, but can also threaten citizens' basic rights; raising awareness of digital ethics "
    "among members and partners will be a priority.": (
        "La secretaria general, Jung Sook Park, explicó que el papel de WeGO es preparar a las "
        "ciudades para lo que viene. Tecnologías como los macrodatos o la inteligencia "
        "artificial pueden ayudarlas, señaló, pero también amenazar derechos básicos; "
        "concienciar sobre la ética digital a miembros y socios será una prioridad."
    ),
    "Launches of the day": "Lanzamientos del día",
    "<strong>WeGO Smart City Champions</strong>, the flagship programme of 2022: 15 weeks, free "
    "and open to anyone under 35, in two phases (lectures, then workshops).": (
        "<strong>WeGO Smart City Champions</strong>, el programa estrella de 2022: 15 semanas, "
        "gratuito y abierto a menores de 35 años, en dos fases (clases y después talleres)."
    ),
    "<strong>WeGO Smart Cities Index</strong>, for cities to assess their development, "
    "benchmark it and learn from others.": (
        "<strong>WeGO Smart Cities Index</strong>, para que las ciudades evalúen su desarrollo, "
        "se comparen y aprendan de otras."
    ),
    "<strong>WeGO Nexus</strong>, the members' platform for communication and matchmaking.": (
        "<strong>WeGO Nexus</strong>, la plataforma de comunicación y encuentros de los miembros."
    ),
    "A planned <strong>Advisory Board</strong> of experts from ministries, academia, companies "
    "and international organisations.": (
        "Un futuro <strong>Consejo Asesor</strong> de expertos de ministerios, universidades, "
        "empresas y organismos internacionales."
    ),
    "Seoul National University's Graduate School of Public Administration signed an agreement "
    "to join the Champions programme, and WeGO signed a memorandum of understanding with the "
    "Edgelands Institute, a Swiss organisation studying how the digitalisation of urban "
    "security changes the social contract.": (
        "La Escuela de Posgrado en Administración Pública de la Universidad Nacional de Seúl "
        "firmó un acuerdo para unirse al programa Champions, y WeGO firmó un memorando de "
        "entendimiento con el Edgelands Institute, una organización suiza que estudia cómo la "
        "digitalización de la seguridad urbana cambia el contrato social."
    ),
    "Diplomatic support": "Apoyo diplomático",
    "Mexico's Ambassador spoke for Mexico City, vice-president city and host of the 6th General "
    "Assembly in 2023. The Chargé d'Affaires of Ecuador gave remarks, and the Ambassador of Peru "
    "received a certificate of appreciation for bringing three Peruvian cities into WeGO in "
    "2021. Ambassadors of Algeria, Azerbaijan, the Dominican Republic, Ecuador, Iran, Mexico, "
    "Oman, Peru, the United Arab Emirates and Vietnam attended in person.": (
        "El embajador de México habló en nombre de la Ciudad de México, ciudad vicepresidenta y "
        "sede de la 6.ª Asamblea General en 2023. El encargado de negocios de Ecuador dirigió "
        "unas palabras, y el embajador del Perú recibió un reconocimiento por haber sumado tres "
        "ciudades peruanas a WeGO en 2021. Asistieron en persona los embajadores de Argelia, "
        "Azerbaiyán, la República Dominicana, Ecuador, Irán, México, Omán, Perú, los Emiratos "
        "Árabes Unidos y Vietnam."
    ),
    "Smart city stakeholders meet to launch WeGO's 2022 activities": (
        "Los actores de las ciudades inteligentes se reúnen para lanzar las actividades de WeGO "
        "en 2022"
    ),
    "On 23 February WeGO presents its plans for 2022 to members, partners and stakeholders "
    "worldwide, in Seoul and online, with a new youth programme at their centre.": (
        "El 23 de febrero, en Seúl y en línea, WeGO presenta a miembros, socios y actores de todo "
        "el mundo sus planes para 2022, con un nuevo programa para jóvenes en el centro."
    ),
    "The pandemic and the rapid digitalisation of societies have raised new questions for "
    "cities. WeGO's answer for 2022 is a wider, more inclusive set of activities that prepares "
    "young people to lead and helps cities become more resilient.": (
        "La pandemia y la rápida digitalización de las sociedades plantean nuevas preguntas a "
        "las ciudades. La respuesta de WeGO para 2022 es un conjunto de actividades más amplio e "
        "inclusivo, que prepara a los jóvenes para liderar y ayuda a las ciudades a ser más "
        "resilientes."
    ),
    "The event launches the WeGO Smart City Champions programme, open to anyone under 35, and "
    "introduces the WeGO Smart Cities Index and the WeGO Nexus member platform.": (
        "El acto lanza el programa WeGO Smart City Champions, abierto a menores de 35 años, y "
        "presenta el WeGO Smart Cities Index y la plataforma de miembros WeGO Nexus."
    ),
    "The Mayor of Seoul, who is also WeGO's President, and the Ambassador of Mexico open the "
    "event; the Edgelands Institute, one of WeGO's newest partners, gives the keynote. "
    "Students from seven universities taking part in the Champions programme are introduced, "
    "partners present their programmes, and in-person guests close with a networking session.": (
        "Abren el acto el alcalde de Seúl, que también preside WeGO, y el embajador de México; "
        "el Edgelands Institute, uno de los socios más recientes de WeGO, pronuncia la "
        "conferencia principal. Se presenta a estudiantes de siete universidades del programa "
        "Champions, los socios muestran sus programas y los asistentes presenciales cierran con "
        "un encuentro de contactos."
    ),
    "The beginning-of-year event at which WeGO presents its new activities to smart city "
    "stakeholders around the world.": (
        "El acto de inicio de año en el que WeGO presenta sus nuevas actividades a los actores de "
        "las ciudades inteligentes de todo el mundo."
    ),
    "WeGO and its President, the Mayor of Seoul (to be confirmed)<br/>Smart technology "
    "companies and Korean and international institutions<br/>Ambassadors and representatives "
    "of embassies in Korea<br/>Academics and young participants of the WeGO Smart City "
    "Champions": (
        "WeGO y su presidente, el alcalde de Seúl (por confirmar)<br/>Empresas de tecnología "
        "inteligente e instituciones coreanas e internacionales<br/>Embajadores y representantes "
        "de embajadas en Corea<br/>Académicos y jóvenes participantes de WeGO Smart City "
        "Champions"
    ),
    "Seoul Global Center, 9th floor, Jongno-gu": "Seoul Global Center, 9.º piso, Jongno-gu",
    "Seoul": "Seúl",
    "WeGO Smart City Champions": "WeGO Smart City Champions",
    "A free programme that prepares young people in Korea and abroad to shape safe, inclusive "
    "smart cities.": (
        "Un programa gratuito que prepara a jóvenes de Corea y de otros países para construir "
        "ciudades inteligentes seguras e inclusivas."
    ),
    "Anyone under 35, whatever their nationality, residence or affiliation.": (
        "Cualquier persona menor de 35 años, sea cual sea su nacionalidad, residencia o afiliación."
    ),
    "Young urban leaders of tomorrow building safe and inclusive smart cities.": (
        "Jóvenes líderes urbanos del mañana que construyen ciudades inteligentes seguras e "
        "inclusivas."
    ),
    "Launched in February 2022, the programme answers a question the pandemic made urgent: how "
    "to keep the accelerating digitalisation of cities from leaving people behind. It runs for "
    "15 weeks in two phases.": (
        "Lanzado en febrero de 2022, el programa responde a una pregunta que la pandemia volvió "
        "urgente: cómo evitar que la digitalización acelerada de las ciudades deje a personas "
        "atrás. Dura 15 semanas, en dos fases."
    ),
    "Universities in Korea and abroad support it, among them Seoul National University, "
    "Kookmin University, Korea University, Yonsei University, Dongguk University, the Catholic "
    "University of Milan, Chengdu University of Technology and Harvard's Berkman Klein Center.": (
        "Lo apoyan universidades de Corea y de otros países, entre ellas la Universidad Nacional "
        "de Seúl, la Universidad Kookmin, la Universidad de Corea, la Universidad Yonsei, la "
        "Universidad Dongguk, la Universidad Católica de Milán, la Universidad Tecnológica de "
        "Chengdu y el Berkman Klein Center de Harvard."
    ),
    "Calls for participants open before each edition. Follow WeGO's news, or write to the "
    "secretariat.": (
        "Las convocatorias se abren antes de cada edición. Siga las noticias de WeGO o escriba a "
        "la secretaría."
    ),
    "WeGO Smart Cities Index": "WeGO Smart Cities Index",
    "Data from cities around the world to assess how far each has come in its smart "
    "development, benchmark it against others and learn from them.": (
        "Datos de ciudades de todo el mundo para evaluar su avance en el desarrollo inteligente, "
        "compararse con otras y aprender de ellas."
    ),
    "WeGO member cities, with advice from academia, research centres and international "
    "organisations.": (
        "Ciudades miembro de WeGO, con el asesoramiento de universidades, centros de investigación "
        "y organismos internacionales."
    ),
    "The index collects data from cities, assesses the stage of their smart and sustainable "
    "development, and publishes thematic reports and rankings.": (
        "El índice recoge datos de las ciudades, evalúa la etapa de su desarrollo inteligente y "
        "sostenible y publica informes temáticos y clasificaciones."
    ),
    "For members it is both a reference and a mirror: where do we stand, what should we "
    "improve, and which cities have done it well?": (
        "Para los miembros es a la vez referencia y espejo: ¿dónde estamos, qué debemos mejorar y "
        "qué ciudades lo han hecho bien?"
    ),
    "Member cities share smart city data with the secretariat and take part in interviews. "
    "Members in Nexus submit their city's data there.": (
        "Las ciudades miembro comparten datos con la secretaría y participan en entrevistas. Los "
        "miembros envían los datos de su ciudad en Nexus."
    ),
    "WeGO Nexus": "WeGO Nexus",
    "The members' own platform: profiles and directory, messages and recipient lists, groups, "
    "events, and matchmaking.": (
        "La plataforma propia de los miembros: perfiles y directorio, mensajes y listas de "
        "destinatarios, grupos, eventos y encuentros."
    ),
    "Staff of WeGO's member organisations and the secretariat.": (
        "El personal de las organizaciones miembro de WeGO y la secretaría."
    ),
    "Nexus strengthens the sense of community among members, opens more opportunities to "
    "cooperate, and gives the secretariat a direct line to each member's smart city plans.": (
        "Nexus refuerza el sentido de comunidad entre los miembros, abre más oportunidades de "
        "cooperación y da a la secretaría una línea directa con los planes de cada miembro."
    ),
    "Every active member receives an access code by e-mail to create its accounts.": (
        "Cada miembro activo recibe por correo un código de acceso para crear sus cuentas."
    ),
    "WeGO Smart City Driver": "WeGO Smart City Driver",
    "From diagnosis to delivery: three services that take a city from knowing where it stands "
    "to carrying out a project.": (
        "Del diagnóstico a la ejecución: tres servicios que acompañan a una ciudad desde saber "
        "dónde está hasta llevar a cabo un proyecto."
    ),
}

# Other languages: the home page's title and introduction; the rest falls back to English.
HOME_ONLY = {
    "fr": {
        "Smart sustainable cities for all": "Des villes intelligentes et durables pour tous",
        "WeGO is an international association of city and local governments, smart technology "
        "companies and institutions that work together so that cities become smarter, more "
        "sustainable and more people-centred.": (
            "WeGO est une association internationale de collectivités locales, d'entreprises de "
            "technologies intelligentes et d'institutions qui travaillent ensemble pour des "
            "villes plus intelligentes, plus durables et davantage au service des habitants."
        ),
    },
    "ru": {
        "Smart sustainable cities for all": "Умные и устойчивые города для всех",
        "WeGO is an international association of city and local governments, smart technology "
        "companies and institutions that work together so that cities become smarter, more "
        "sustainable and more people-centred.": (
            "WeGO — международная ассоциация городов и органов местного самоуправления, компаний "
            "умных технологий и учреждений, которые вместе делают города умнее, устойчивее и "
            "ближе к людям."
        ),
    },
    "zh-hans": {
        "Smart sustainable cities for all": "人人共享的智慧可持续城市",
        "WeGO is an international association of city and local governments, smart technology "
        "companies and institutions that work together so that cities become smarter, more "
        "sustainable and more people-centred.": (
            "WeGO 是由城市和地方政府、智慧技术企业及机构组成的国际组织，共同推动城市更智慧、"
            "更可持续、更以人为本。"
        ),
    },
    "ar": {
        "Smart sustainable cities for all": "مدن ذكية ومستدامة للجميع",
        "WeGO is an international association of city and local governments, smart technology "
        "companies and institutions that work together so that cities become smarter, more "
        "sustainable and more people-centred.": (
            "WeGO رابطة دولية تضم حكومات المدن والحكومات المحلية وشركات التكنولوجيا الذكية "
            "والمؤسسات، تعمل معًا لتصبح المدن أذكى وأكثر استدامة وأقرب إلى الناس."
        ),
    },
}

TRANSLATIONS = {"ko": KOREAN, "es": SPANISH, **HOME_ONLY}
