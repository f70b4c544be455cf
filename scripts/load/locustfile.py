"""The load run of `make load` (scripts/load.sh runs it against gunicorn with production settings).

Who the simulated users are, by weight: visitors browsing the public site in English, Korean and
Arabic (70), people using the site search (15) and members signed in to Nexus through the real
sign-in form (15). Beside them, one attacker keeps guessing a member's password and access codes
from one address, and a few "sprayers" request public pages under ever new query strings, as
something trying to flush the caches would. Each simulated user connects from an address of
its own on the loopback network, so that per-address limits treat them as the distinct
clients they stand for. The run fails (exit code 1) on any failed request, when the sign-in
lock-out or the access-code throttle stops refusing during the run or in the checks at the
end, and prints p50/p95 per endpoint.

Environment (set by scripts/load.sh): LOAD_MEMBER_PASSWORD, the password of the accounts that
`manage.py create_load_test_accounts` made (load-member-N@example.org, N from 1 to
LOAD_ACCOUNTS); LOAD_SPRAYERS and LOAD_SPRAY_RATE, how many sprayers and their requests per
second together; LOAD_LOCKOUT_ATTEMPTS, LOAD_LOCKOUT_SECONDS and LOAD_CODE_ATTEMPTS_PER_HOUR,
the site's limits (NEXUS_LOCKOUT_ATTEMPTS, ...).
"""

import itertools
import os
import random
import re
import secrets
import time
from http.cookiejar import DefaultCookiePolicy
from urllib.parse import urlencode

import requests
from locust import HttpUser, between, constant, constant_throughput, events, task
from locust.clients import HttpSession
from requests.adapters import HTTPAdapter

LANGUAGES = ("en", "ko", "ar")
MEMBER_PASSWORD = os.environ.get("LOAD_MEMBER_PASSWORD", "")
ACCOUNTS = int(os.environ.get("LOAD_ACCOUNTS", "200"))
SPRAYERS = int(os.environ.get("LOAD_SPRAYERS", "8"))
SPRAY_RATE = float(os.environ.get("LOAD_SPRAY_RATE", "60"))
LOCKOUT_ATTEMPTS = int(os.environ.get("LOAD_LOCKOUT_ATTEMPTS", "5"))
LOCKOUT_SECONDS = int(os.environ.get("LOAD_LOCKOUT_SECONDS", "900"))
CODE_ATTEMPTS_PER_HOUR = int(os.environ.get("LOAD_CODE_ATTEMPTS_PER_HOUR", "10"))
MARGIN_SECONDS = 60
chance = random.Random()  # noqa: S311 (what simulated users pick, not security)
# Account 1 is the attacker's target; the members signed in to Nexus use the others.
ATTACKED_EMAIL = "load-member-1@example.org"
MEMBER_NUMBERS = itertools.cycle(range(2, ACCOUNTS + 1))
# allauth's refusal while an address is locked out (the attacker signs in in English).
LOCKED_OUT_MESSAGE = "Too many failed login attempts"
SIGN_IN_PATH = "/en/accounts/login/"
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')

SEARCHES = [
    "smart city",
    "Seoul",
    "mobility",
    "open data",
    "digital inclusion",
    "climate",
    "feasibility study",
    "Synthetic member 42",
    "e-government",
    "smrt citi",  # a typo
    "스마트 도시",
    "서울",
    "مدينة ذكية",
    "Kampala",
    "2024",
    "WeGO general assembly",
    "transport safety",
    "a",
]
MEMBER_FILTERS = [
    {},
    {"region": "asia_pacific"},
    {"region": "africa", "type": "local_government"},
    {"type": "corporation", "sort": "country"},
    {"region": "europe", "sort": "joined"},
    {"q": "city"},
    {"sort": "region"},
    {"role": "executive_committee"},
]
MAP_FILTERS = [{}, {"region": "africa"}, {"type": "institution"}, {"region": "americas"}]
DIRECTORY_FILTERS = [{}, {"region": "asia_pacific"}, {"type": "local_government"}, {"q": "load"}]
# Where sprayed query strings go: public pages that the page cache keeps, mostly the cheapest
# to render, as an attacker filling the cache would choose.
SPRAYED_PATHS = ["/robots.txt"] * 6 + ["/en/", "/ko/", "/ar/", "/en/news/", "/en/events/"]


class LoopbackCookiePolicy(DefaultCookiePolicy):
    """Production marks the session and CSRF cookies Secure. Browsers still send them to
    http://127.0.0.1, a secure context, but requests would not (and it copies cookies into a
    jar of the default policy for each request), so the run keeps them as plain cookies."""

    def set_ok(self, cookie, request):
        cookie.secure = False
        return super().set_ok(cookie, request)


class OwnAddressAdapter(HTTPAdapter):
    """Connects from an address of the loopback network of its own (127.0.0.2, 127.0.0.3, ...),
    so that each simulated user is a client of its own for the site's per-address limits, as
    visitors are in production."""

    def __init__(self, address):
        self.address = address
        super().__init__()

    def init_poolmanager(self, *args, **kwargs):
        super().init_poolmanager(*args, source_address=(self.address, 0), **kwargs)


CLIENT_ADDRESSES = (f"127.0.{number // 250}.{number % 250 + 2}" for number in itertools.count())


def as_client(session, address):
    session.mount("http://", OwnAddressAdapter(address))
    session.cookies.set_policy(LoopbackCookiePolicy())


class SimulatedUser(HttpUser):
    abstract = True

    def __init__(self, environment):
        super().__init__(environment)
        self.address = next(CLIENT_ADDRESSES)
        as_client(self.client, self.address)


def with_query(path, parameters):
    return f"{path}?{urlencode(parameters)}" if parameters else path


def csrf_token(response):
    found = CSRF_FIELD.search(response.text)
    return found.group(1) if found else ""


class Site:
    """Addresses found on the site itself when the run starts, by language: each section's
    list as the home page's navigation links it (a language without its own news links to the
    English one) and the articles, events, programmes and members that list links to."""

    SECTIONS = ("news", "events", "programmes", "members")
    links = {}  # (language, section): (the list's path, the paths it links to)

    @classmethod
    def discover(cls, host):
        session = requests.Session()
        for language in LANGUAGES:
            home = session.get(f"{host}/{language}/", timeout=60).text
            for section in cls.SECTIONS:
                found = re.search(rf'href="(/[a-z-]+/{section}/)"', home)
                index = found.group(1) if found else f"/{language}/{section}/"
                listing = session.get(host + index, timeout=60).text
                pattern = re.compile(rf'href="({re.escape(index)}[a-z0-9-]+/)"')
                details = set(pattern.findall(listing)) - {index + "map-data/", index + "feed/"}
                cls.links[language, section] = (index, sorted(details))

    @classmethod
    def index(cls, language, section):
        return cls.links[language, section][0]

    @classmethod
    def detail(cls, language, section):
        found = cls.links[language, section][1]
        return chance.choice(found) if found else None


class Visitor(SimulatedUser):
    """Reads the public site: home, news, events, programmes, members and their map."""

    weight = 70
    wait_time = between(2, 8)

    def on_start(self):
        self.language = chance.choices(LANGUAGES, weights=(6, 2, 2))[0]

    @task(3)
    def home(self):
        self.client.get(f"/{self.language}/", name="/{lang}/")

    @task(3)
    def news(self):
        self.client.get(Site.index(self.language, "news"), name="/{lang}/news/")
        article = Site.detail(self.language, "news")
        if article:
            self.client.get(article, name="/{lang}/news/{article}/")

    @task(2)
    def events(self):
        self.client.get(Site.index(self.language, "events"), name="/{lang}/events/")
        event = Site.detail(self.language, "events")
        if event:
            self.client.get(event, name="/{lang}/events/{event}/")

    @task(2)
    def programmes(self):
        self.client.get(Site.index(self.language, "programmes"), name="/{lang}/programmes/")
        programme = Site.detail(self.language, "programmes")
        if programme:
            self.client.get(programme, name="/{lang}/programmes/{programme}/")

    @task(3)
    def member_directory(self):
        parameters = chance.choice(MEMBER_FILTERS)
        path = with_query(f"/{self.language}/members/", parameters)
        self.client.get(
            path, name="/{lang}/members/?{filters}" if parameters else "/{lang}/members/"
        )
        member = Site.detail(self.language, "members")
        if member:
            self.client.get(member, name="/{lang}/members/{member}/")

    @task(2)
    def member_map(self):
        parameters = chance.choice(MAP_FILTERS)
        path = with_query(f"/{self.language}/members/map-data/", parameters)
        self.client.get(path, name="/{lang}/members/map-data/")


class Searcher(SimulatedUser):
    """Uses the site search, with words from every language, typos and page 2."""

    weight = 15
    wait_time = between(3, 10)

    @task(4)
    def search(self):
        language = chance.choice(LANGUAGES)
        query = chance.choice(SEARCHES)
        self.client.get(with_query(f"/{language}/search/", {"q": query}), name="/{lang}/search/?q")

    @task(1)
    def search_page_two(self):
        self.client.get(
            with_query("/en/search/", {"q": chance.choice(SEARCHES[:6]), "page": 2}),
            name="/{lang}/search/?q&page=2",
        )


class Member(SimulatedUser):
    """A member signed in to Nexus through the sign-in form: dashboard, directories, people,
    their own profile and notifications; now and then signs out and in again."""

    weight = 15
    wait_time = between(3, 10)

    def on_start(self):
        self.email = f"load-member-{next(MEMBER_NUMBERS)}@example.org"
        self.language = chance.choices(LANGUAGES, weights=(6, 2, 2))[0]
        self.people = []
        self.sign_in()

    def sign_in(self):
        form = self.client.get(SIGN_IN_PATH, name="/{lang}/accounts/login/")
        data = {"csrfmiddlewaretoken": csrf_token(form), "login": self.email}
        with self.client.post(
            SIGN_IN_PATH,
            data={**data, "password": MEMBER_PASSWORD},
            name="/{lang}/accounts/login/ (sign in)",
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code != 302 or "/nexus/" not in response.headers.get("Location", ""):
                response.failure(f"sign-in refused for {self.email} ({response.status_code})")

    def nexus_get(self, path, name):
        with self.client.get(path, name=name, catch_response=True) as response:
            if response.ok and "/accounts/login/" in response.url:
                response.failure("signed out unexpectedly")
        return response

    @task(4)
    def dashboard(self):
        self.nexus_get(f"/{self.language}/nexus/", "/{lang}/nexus/")

    @task(3)
    def people_directory(self):
        parameters = chance.choice(DIRECTORY_FILTERS)
        response = self.nexus_get(
            with_query(f"/{self.language}/nexus/people/", parameters), "/{lang}/nexus/people/"
        )
        self.people = re.findall(r'href="(/[a-z-]+/nexus/people/\d+/)"', response.text or "")

    @task(2)
    def person(self):
        if self.people:
            self.nexus_get(chance.choice(self.people), "/{lang}/nexus/people/{pk}/")

    @task(2)
    def organisations(self):
        response = self.nexus_get(
            f"/{self.language}/nexus/organisations/", "/{lang}/nexus/organisations/"
        )
        found = re.findall(
            r'href="(/[a-z-]+/nexus/organisations/[a-z0-9-]+/)"', response.text or ""
        )
        if found:
            self.nexus_get(chance.choice(found), "/{lang}/nexus/organisations/{slug}/")

    @task(2)
    def own_profile(self):
        self.nexus_get(f"/{self.language}/nexus/profile/", "/{lang}/nexus/profile/")

    @task(2)
    def notifications(self):
        self.nexus_get(f"/{self.language}/nexus/notifications/", "/{lang}/nexus/notifications/")

    @task(1)
    def sign_out_and_in(self):
        form = self.nexus_get("/en/accounts/logout/", "/{lang}/accounts/logout/")
        if token := csrf_token(form):  # none when signed out already: that failure is counted
            self.client.post(
                "/en/accounts/logout/",
                data={"csrfmiddlewaretoken": token},
                name="/{lang}/accounts/logout/ (sign out)",
            )
        self.sign_in()


class Defences:
    """What the attacker expects of the site's limits, mirrored from their rules: a sign-in
    address is locked out once LOCKOUT_ATTEMPTS failures fall within LOCKOUT_SECONDS (attempts
    refused meanwhile are not counted); an address may try CODE_ATTEMPTS_PER_HOUR wrong codes,
    then is refused until an hour after the last one counted. A refusal that should come and
    does not means the limit was lost: it is recorded as a breach. The mirror only ever expects
    less than the site does: it lets counted attempts go a minute early (clocks, response
    times), and a refusal it did not expect (the site counted attempts the mirror did not, after
    a breach) changes nothing in it, so it never expects a refusal the site rightly no longer
    gives."""

    attacker_address = None
    password_failures = []  # when the failures the site counted were made
    code_failures = []
    breaches = []
    final_checks = []

    @classmethod
    def expect_locked_out(cls):
        now = time.time()
        window = LOCKOUT_SECONDS - MARGIN_SECONDS
        cls.password_failures = [t for t in cls.password_failures if t > now - window]
        return len(cls.password_failures) >= LOCKOUT_ATTEMPTS

    @classmethod
    def expect_code_throttle(cls):
        if len(cls.code_failures) < CODE_ATTEMPTS_PER_HOUR:
            return False
        return time.time() < cls.code_failures[-1] + 3600 - MARGIN_SECONDS

    @classmethod
    def breach(cls, what):
        cls.breaches.append(f"{time.strftime('%H:%M:%S')} {what}")


def sign_in_attempt(session, password, name):
    """One try at the attacked account through the real form: "signed in", "locked out" (the
    lock-out's message), "refused" (wrong password) or "answered <status>"."""
    form = session.get(SIGN_IN_PATH, name="/{lang}/accounts/login/ (attacker)")
    data = {"csrfmiddlewaretoken": csrf_token(form), "login": ATTACKED_EMAIL, "password": password}
    response = session.post(SIGN_IN_PATH, data=data, allow_redirects=False, name=name)
    if response.status_code == 302:
        session.cookies.clear()  # sign the attacker out again
        return "signed in"
    if response.status_code == 200 and LOCKED_OUT_MESSAGE in response.text:
        return "locked out"
    if response.status_code == 200:
        return "refused"
    return f"answered {response.status_code}"


class Attacker(SimulatedUser):
    """From one address: a made-up access code every 4 s and a password for one member's
    account every 8 s, a wrong one but for every fifth try once the account should be locked
    out (it must be refused then). Sign-ins stay below allauth's per-address limit (10 failed
    a minute, which would refuse the attacker's address whatever the account), so that what
    refuses the right password is the account's lock-out."""

    fixed_count = 1
    wait_time = constant(4)

    def on_start(self):
        Defences.attacker_address = self.address
        self.round = 0

    @task
    def attack(self):
        self.round += 1
        self.try_access_code()
        if self.round % 2:
            self.try_password()

    def try_password(self):
        expected_lock = Defences.expect_locked_out()
        right_one = expected_lock and self.round % 10 == 9  # every fifth password
        password = MEMBER_PASSWORD if right_one else secrets.token_urlsafe(12)
        name = "/{lang}/accounts/login/ (attacker, %s password)" % (
            "right" if right_one else "wrong"
        )
        outcome = sign_in_attempt(self.client, password, name)
        if outcome == "locked out":
            return
        if outcome.startswith("answered"):
            return  # the request's own failure is in the statistics
        if expected_lock:
            which = "right" if right_one else "wrong"
            Defences.breach(f"sign-in lock-out lost: a {which} password was {outcome}")
            Defences.password_failures = []
        if outcome == "refused":
            Defences.password_failures.append(time.time())

    def try_access_code(self):
        expected_throttle = Defences.expect_code_throttle()
        with self.client.get(
            f"/en/accounts/join/{secrets.token_urlsafe(16)}/",
            name="/{lang}/accounts/join/{wrong code}/ (attacker)",
            catch_response=True,
        ) as response:
            if response.status_code == 429:
                response.success()
                return
            if response.status_code not in (404, 410):
                response.failure(f"a wrong access code answered {response.status_code}")
                return
            response.success()
            if expected_throttle:
                Defences.breach("access-code throttle lost: a wrong code was examined again")
                Defences.code_failures = []
            Defences.code_failures.append(time.time())


class Sprayer(SimulatedUser):
    """Public pages under query strings never seen before (tracking parameters, cache
    busters), as fast as LOAD_SPRAY_RATE allows: every one is a new page cache entry unless
    the site ignores unknown parameters."""

    fixed_count = SPRAYERS
    wait_time = constant_throughput(SPRAY_RATE / SPRAYERS)

    @task
    def spray(self):
        path = chance.choice(SPRAYED_PATHS)
        self.client.get(
            with_query(path, {"utm_source": secrets.token_hex(8)}), name="spray: {page}?{random}"
        )


@events.test_start.add_listener
def discover_the_site(environment, **kwargs):
    Site.discover(environment.host)
    for language in LANGUAGES:
        found = ", ".join(
            f"{Site.index(language, section)} (+{len(Site.links[language, section][1])})"
            for section in Site.SECTIONS
        )
        print(f"[load] {language} pages: {found}", flush=True)


@events.test_stop.add_listener
def check_the_defences_held(environment, **kwargs):
    """Once the users have stopped: the right password is still refused while the account is
    locked out, and the throttled address still cannot try codes."""
    session = HttpSession(environment.host, environment.events.request, user=None)
    as_client(session, Defences.attacker_address or "127.0.0.1")
    if Defences.expect_locked_out():
        outcome = sign_in_attempt(session, MEMBER_PASSWORD, "(check at the end) right password")
        Defences.final_checks.append(("the right password of the locked-out account", outcome))
        if outcome != "locked out":
            Defences.breach(f"at the end, the right password was {outcome} while locked out")
    else:
        Defences.final_checks.append(("the lock-out", "not reached: the run was too short"))
    if Defences.expect_code_throttle():
        with session.get(
            f"/en/accounts/join/{secrets.token_urlsafe(16)}/",
            name="(check at the end) wrong access code",
            catch_response=True,
        ) as response:
            response.success()
        outcome = "refused (429)" if response.status_code == 429 else f"{response.status_code}"
        Defences.final_checks.append(("a wrong access code from the throttled address", outcome))
        if response.status_code != 429:
            Defences.breach(f"at the end, a wrong access code answered {outcome}, not 429")
    else:
        Defences.final_checks.append(("the code throttle", "not reached: the run was too short"))


@events.quitting.add_listener
def fail_on_errors_or_breaches(environment, **kwargs):
    if environment.stats.total.num_failures or Defences.breaches:
        environment.process_exit_code = 1


@events.quit.add_listener
def print_the_summary(exit_code, **kwargs):
    environment = print_the_summary.environment
    rows = sorted(environment.stats.entries.values(), key=lambda entry: entry.name)
    width = max([len(entry.name) for entry in rows] + [20])
    print(f"\n{'endpoint':<{width}} {'requests':>9} {'errors':>7} {'p50 ms':>8} {'p95 ms':>8}")
    for entry in [*rows, environment.stats.total]:
        print(
            f"{entry.name:<{width}} {entry.num_requests:>9} {entry.num_failures:>7} "
            f"{entry.get_response_time_percentile(0.5):>8.0f} "
            f"{entry.get_response_time_percentile(0.95):>8.0f}"
        )
    sprayed = environment.stats.get("spray: {page}?{random}", "GET").num_requests
    print(f"\nUnique URLs sprayed at the page cache: {sprayed}")
    print("Defences during the run:")
    for what, outcome in Defences.final_checks:
        print(f"  at the end, {what}: {outcome}")
    for breach in Defences.breaches or ["none breached"]:
        print(f"  {breach}")
    print(f"\nExit code {exit_code}: " + ("passed" if exit_code == 0 else "FAILED"), flush=True)


@events.init.add_listener
def remember_the_environment(environment, **kwargs):
    print_the_summary.environment = environment
