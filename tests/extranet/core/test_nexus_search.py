"""Nexus search as members use it: each person finds the messages, group posts and comments
they may open, and nothing else, neither in the results nor in their count; on the real
Elasticsearch and on the database table that stands in for it without one."""

import copy
import io
import re

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from extranet.core import search
from extranet.core.models import SearchDocument
from extranet.groups.models import Invitation, Visibility
from extranet.messaging.models import Conversation, Message, SecretariatList
from extranet.messaging.services import hide_message, unhide_message
from extranet.messaging.views import MESSAGES_PER_PAGE
from tests.extranet.factories import (
    CommentFactory,
    GroupFactory,
    MembershipFactory,
    PostFactory,
    ProfileFactory,
    conversation_between,
)
from tests.faults.conftest import retries_due, run_worker, unused_port
from tests.html_checker import html_errors
from tests.query_counts import queries_for

pytestmark = pytest.mark.django_db

SEARCH = reverse("nexus:search")
ROLES = ["secretariat", "admin", "user", "other_admin"]


@pytest.fixture(params=["elasticsearch", "database"])
def engine(request, settings, search_backend):
    """Each test runs on Elasticsearch (with the suite's indexes emptied) and again on the
    database table that stands in for it where there is none."""
    settings.NEXUS_SEARCH_ENGINE = request.param
    return request.param


@pytest.fixture
def indexed(django_capture_on_commit_callbacks):
    """Run what the block queues for after commit (index updates among it), as a worker
    would once the change is committed."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def found(client, words, **params):
    """(total, titles in alphabetical order) of the search as the results page shows them."""
    if search.uses_elasticsearch():
        es, index_name = search.search_engine()
        es.indices.refresh(index=index_name, ignore_unavailable=True)
    response = client.get(SEARCH, {"q": words, **params})
    assert response.status_code == 200
    total = re.search(r"(\d+) results? for", response.text)
    titles = re.findall(r'<h2><a href="[^"]*">([^<]*)</a>', response.text)
    return int(total.group(1)), sorted(titles)


def as_each(as_role, words):
    return {role: found(as_role(role), words) for role in ROLES}


def write(client, people, subject, body):
    response = client.post(
        reverse("nexus:compose"),
        {"people": [person.pk for person in people], "subject": subject, "body": body},
    )
    assert response.status_code == 302, response.text
    return Conversation.objects.get(subject=subject)


# Messages


def test_each_role_finds_the_conversations_it_takes_part_in_and_no_other(
    engine, as_role, nexus, indexed
):
    with indexed():
        write(as_role("secretariat"), [nexus.other_admin], "Secretariat budget", "Budget 2024")
        write(as_role("admin"), [nexus.user], "Seoul budget", "Our budget for the summit")
        write(as_role("user"), [nexus.secretariat], "Colleague budget", "A budget question")

    assert as_each(as_role, "budget") == {
        "secretariat": (2, ["Colleague budget", "Secretariat budget"]),
        "admin": (1, ["Seoul budget"]),
        "user": (2, ["Colleague budget", "Seoul budget"]),
        "other_admin": (1, ["Secretariat budget"]),
    }


def test_people_who_left_no_longer_find_the_conversation(engine, as_role, nexus, indexed):
    with indexed():
        conversation = write(as_role("admin"), [nexus.user], "Tram plans", "Tramway depots")
    assert found(as_role("user"), "tramway") == (1, ["Tram plans"])

    with indexed():
        as_role("user").post(
            reverse("nexus:conversation_action", args=[conversation.pk]), {"action": "leave"}
        )

    assert found(as_role("user"), "tramway") == (0, [])
    assert found(as_role("admin"), "tramway") == (1, ["Tram plans"])


@pytest.mark.parametrize("with_history", [True, False])
def test_people_added_later_find_the_earlier_messages_only_with_the_history(
    engine, as_role, nexus, indexed, with_history
):
    with indexed():
        conversation = write(as_role("admin"), [nexus.user], "Bike lanes", "Bicycle counts")
    assert found(as_role("other_admin"), "bicycle") == (0, [])

    with indexed():
        as_role("admin").post(
            reverse("nexus:add_participants", args=[conversation.pk]),
            {"people": [nexus.other_admin.pk], **({"with_history": "on"} if with_history else {})},
        )
        as_role("user").post(
            reverse("nexus:conversation", args=[conversation.pk]), {"body": "More bicycle data"}
        )

    # The reply came after they were added: they find it in any case.
    assert found(as_role("other_admin"), "bicycle") == (
        (2, ["Bike lanes", "Bike lanes"]) if with_history else (1, ["Bike lanes"])
    )
    assert found(as_role("other_admin"), "counts") == (
        (1, ["Bike lanes"]) if with_history else (0, [])
    )


def test_a_hidden_message_is_found_by_nobody_not_even_in_the_count(engine, as_role, nexus, indexed):
    with indexed():
        conversation = write(
            as_role("admin"), [nexus.user, nexus.secretariat], "Spam", "Buy xylophonist pills"
        )
    assert found(as_role("user"), "xylophonist") == (1, ["Spam"])

    # The secretariat hides it from the reported messages (Nexus → Reported messages).
    message = conversation.messages.get()
    with indexed():
        hide_message(nexus.secretariat.user, message)
    assert as_each(as_role, "xylophonist") == {role: (0, []) for role in ROLES}
    # Shown again, it is found again.
    with indexed():
        unhide_message(nexus.secretariat.user, message)
    assert found(as_role("user"), "xylophonist") == (1, ["Spam"])


def test_a_broadcast_is_found_by_each_account_it_reached_in_its_own_conversation(
    engine, as_role, nexus, indexed
):
    admins = SecretariatList.objects.get(name="Member admins")  # one of the initial lists
    with indexed():
        response = as_role("secretariat").post(
            reverse("nexus:new_broadcast"),
            {"lists": [admins.pk], "subject": "General Assembly", "body": "Quorate zeppelins"},
        )
    assert response.status_code == 302
    # The secretariat follows every copy; each administrator finds theirs, the colleague none.
    assert as_each(as_role, "zeppelins") == {
        "secretariat": (2, ["General Assembly", "General Assembly"]),
        "admin": (1, ["General Assembly"]),
        "user": (0, []),
        "other_admin": (1, ["General Assembly"]),
    }


def test_a_result_links_to_the_message_in_its_conversation(engine, as_role, nexus, indexed):
    with indexed():
        conversation = write(as_role("admin"), [nexus.user], "Mayors forum", "The agenda")
    message = conversation.messages.get()
    assert found(as_role("user"), "agenda") == (1, ["Mayors forum"])
    response = as_role("user").get(SEARCH, {"q": "agenda"})

    address = f"{reverse('nexus:conversation', args=[conversation.pk])}?message={message.pk}"
    assert f'href="{address}#message-{message.pk}"' in response.text
    assert '<span class="badge">Message</span>' in response.text  # the kind of result
    # The first message, after a page's worth of replies: its link opens the first page.
    for number in range(MESSAGES_PER_PAGE):
        Message.objects.create(conversation=conversation, author=nexus.user.user, body=f"{number}")
    assert f'id="message-{message.pk}"' in as_role("user").get(address).text
    assert f'id="message-{message.pk}"' not in as_role("user").get(address.split("?")[0]).text


# Group posts


def test_a_listed_groups_posts_and_comments_are_found_by_every_member_of_nexus(
    engine, as_role, nexus, indexed
):
    group = GroupFactory(name="Mobility", owner=nexus.admin.user)
    with indexed():
        as_role("admin").post(reverse("nexus:group", args=[group.slug]), {"body": "E-buses"})
        post = group.posts.get()
        as_role("admin").post(
            reverse("nexus:add_group_comment", args=[group.slug, post.pk]),
            {"body": "Hydrogen too"},
        )

    assert {
        role: total for role, (total, _titles) in as_each(as_role, "hydrogen").items()
    } == dict.fromkeys(ROLES, 1)
    assert found(as_role("other_admin"), "buses") == (1, ["Mobility: E-buses"])


def test_a_secret_groups_posts_are_found_by_its_members_and_the_secretariat_only(
    engine, as_role, nexus, indexed
):
    secret = GroupFactory(name="Inner circle", secret=True, owner=nexus.admin.user)
    # Invited, not yet a member: sees the welcome, not the posts, and finds none.
    Invitation.objects.create(
        group=secret, user=nexus.other_admin.user, invited_by=nexus.admin.user
    )
    with indexed():
        as_role("admin").post(reverse("nexus:group", args=[secret.slug]), {"body": "Quokka plan"})

    assert as_each(as_role, "quokka") == {
        "secretariat": (1, ["Inner circle: Quokka plan"]),
        "admin": (1, ["Inner circle: Quokka plan"]),
        "user": (0, []),
        "other_admin": (0, []),
    }
    # Once a member, the colleague finds it: audiences are the searcher's, asked at each search.
    MembershipFactory(group=secret, user=nexus.user.user)
    assert found(as_role("user"), "quokka") == (1, ["Inner circle: Quokka plan"])


def test_a_group_made_secret_hides_its_posts_from_those_outside(engine, as_role, nexus, indexed):
    group = GroupFactory(name="Open data", owner=nexus.admin.user)
    PostFactory(group=group, author=nexus.admin.user, body="<p>Wombat datasets</p>")
    call_command("update_nexus_index", stdout=io.StringIO())
    assert found(as_role("other_admin"), "wombat")[0] == 1

    with indexed():
        response = as_role("admin").post(
            reverse("nexus:edit_group", args=[group.slug]),
            {
                "name": "Open data",
                "description": group.description,
                "welcome_text": group.welcome_text,
                "visibility": Visibility.SECRET,
                "join_policy": group.join_policy,
            },
        )
    assert response.status_code == 302, response.text

    assert found(as_role("other_admin"), "wombat") == (0, [])
    assert found(as_role("admin"), "wombat")[0] == 1


def test_deleted_posts_and_comments_leave_the_index(engine, as_role, nexus, indexed):
    group = GroupFactory(name="Mobility", owner=nexus.admin.user)
    post = PostFactory(group=group, author=nexus.admin.user, body="<p>Narwhal routes</p>")
    comment = CommentFactory(post=post, author=nexus.admin.user, body="<p>Platypus stops</p>")
    call_command("update_nexus_index", stdout=io.StringIO())
    assert found(as_role("user"), "platypus")[0] == 1

    with indexed():
        as_role("admin").post(reverse("nexus:delete_group_comment", args=[group.slug, comment.pk]))
    assert found(as_role("user"), "platypus") == (0, [])
    assert found(as_role("user"), "narwhal")[0] == 1

    with indexed():
        as_role("admin").post(reverse("nexus:delete_group_post", args=[group.slug, post.pk]))
    assert as_each(as_role, "narwhal") == {role: (0, []) for role in ROLES}
    assert not SearchDocument.objects.exists()


def test_what_goes_with_a_deleted_group_or_conversation_leaves_the_index(
    engine, as_role, nexus, indexed
):
    group = GroupFactory(name="Mobility", owner=nexus.admin.user)
    with indexed():
        as_role("admin").post(reverse("nexus:group", args=[group.slug]), {"body": "Monorail"})
        conversation = write(as_role("admin"), [nexus.user], "Rails", "Monorail too")
    assert found(as_role("admin"), "monorail")[0] == 2

    with indexed():
        group.delete()
        conversation.delete()

    assert found(as_role("admin"), "monorail") == (0, [])
    assert not SearchDocument.objects.exists()


# Updates, rebuilding, pages


def test_changes_reach_the_index_once_committed_and_not_before(
    engine, as_role, nexus, django_capture_on_commit_callbacks
):
    group = GroupFactory(name="Mobility", owner=nexus.admin.user)
    with django_capture_on_commit_callbacks() as queued:
        as_role("admin").post(reverse("nexus:group", args=[group.slug]), {"body": "Gondola"})
    assert found(as_role("user"), "gondola") == (0, [])  # not committed yet

    for callback in queued:
        callback()
    assert found(as_role("user"), "gondola") == (1, ["Mobility: Gondola"])


def test_the_command_rebuilds_everything_from_the_capabilities(engine, as_role, nexus):
    conversation_between(nexus.admin, nexus.user, subject="Harbour", body="<p>Ferry times</p>")
    hidden = conversation_between(nexus.admin, nexus.user, subject="Hidden", body="<p>Ferry</p>")
    hidden.messages.update(hidden_at=timezone.now())
    PostFactory(group=GroupFactory(name="Ports"), author=nexus.admin.user, body="<p>Ferry</p>")
    # A document of something gone since: the rebuild takes it out.
    SearchDocument.objects.create(
        kind="message", object_id="999999", title="Gone", url="/", created_at=timezone.now()
    )
    output = io.StringIO()

    call_command("update_nexus_index", stdout=output)

    assert "Message: 1 findable of 1" in output.getvalue()
    assert "Group post: 1 findable of 1" in output.getvalue()
    assert "Nexus search rebuilt" in output.getvalue()
    assert found(as_role("user"), "ferry") == (2, ["Harbour", "Ports: Ferry"])
    assert not SearchDocument.objects.filter(title="Gone").exists()


def many_posts(count, words="Cable car"):
    group = GroupFactory(name="Transport")
    posts = [PostFactory(group=group, body=f"<p>{words} {number}</p>") for number in range(count)]
    search.update_documents("group_post", [post.pk for post in posts])


def test_results_come_in_pages_with_the_right_total(engine, as_role, nexus):
    many_posts(search.RESULTS_PER_PAGE + 5)
    client = as_role("user")

    total, first_page = found(client, "cable")
    assert total == search.RESULTS_PER_PAGE + 5
    assert len(first_page) == search.RESULTS_PER_PAGE
    total, second_page = found(client, "cable", page="2")
    assert total == search.RESULTS_PER_PAGE + 5
    assert len(second_page) == 5
    assert not set(first_page) & set(second_page)
    # A page beyond the last, or not a number: the last, or the first.
    assert len(found(client, "cable", page="999")[1]) == 5
    for odd in ("x", "0", "-1", "²", "9" * 5000):
        assert len(found(client, "cable", page=odd)[1]) == search.RESULTS_PER_PAGE
    assert "Page 2 of 2" in client.get(SEARCH, {"q": "cable", "page": "2"}).text


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "\x00",
        "cable\x00car",
        "x" * 5000,
        '<script>alert("x")</script>',
        '"unbalanced (AND OR * ~ ^ {[',
        "*:*",
        "서울특별시",
    ],
)
def test_any_query_gives_a_page_never_an_error(engine, as_role, nexus, typed):
    many_posts(2, words='Cable <script>alert("x")</script>')
    response = as_role("user").get(SEARCH, {"q": typed})

    assert response.status_code == 200
    assert "<script>alert" not in response.text
    assert 'role="search"' in response.text
    if not typed.replace("\x00", "").strip():
        assert "Type words to look for" in response.text
    if len(typed) > search.MAX_QUERY_LENGTH:
        assert "Only the first 200 characters" in response.text


def test_korean_words_are_found_inside_longer_ones(engine, as_role, nexus):
    many_posts(1, words="서울특별시 교통")
    assert found(as_role("user"), "서울")[0] == 1


def aimed_nowhere(backends):
    """The search backends aimed at a port where nothing listens."""
    closed = f"http://127.0.0.1:{unused_port()}"
    return {name: {**params, "URLS": [closed], "TIMEOUT": 2} for name, params in backends.items()}


def test_a_search_engine_down_gives_a_page_saying_so(settings, as_role, nexus):
    settings.NEXUS_SEARCH_ENGINE = "elasticsearch"
    settings.WAGTAILSEARCH_BACKENDS = aimed_nowhere(settings.WAGTAILSEARCH_BACKENDS)
    response = as_role("user").get(SEARCH, {"q": "mobility"})

    assert response.status_code == 503
    assert response["Retry-After"]
    assert "Search is unavailable at the moment" in response.text
    assert 'value="mobility"' in response.text


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_post_written_while_the_engine_is_down_is_found_once_it_is_back(
    settings, as_role, nexus, search_backend
):
    # Deferred work as in production: queued in the database, run by a worker.
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.NEXUS_SEARCH_ENGINE = "elasticsearch"
    working = copy.deepcopy(settings.WAGTAILSEARCH_BACKENDS)
    group = GroupFactory(name="Mobility", owner=nexus.admin.user)
    settings.WAGTAILSEARCH_BACKENDS = aimed_nowhere(working)

    as_role("admin").post(reverse("nexus:group", args=[group.slug]), {"body": "Funicular"})
    run_worker()
    update = DBTaskResult.objects.filter(task_path="extranet.core.search.reindex_task")
    assert update.filter(status="FAILED").exists()
    assert update.filter(status="READY").exists()  # to be tried again

    settings.WAGTAILSEARCH_BACKENDS = working
    retries_due()
    run_worker()
    assert found(as_role("user"), "funicular") == (1, ["Mobility: Funicular"])


def test_the_number_of_queries_does_not_grow_with_the_documents(engine, as_role, nexus):
    client = as_role("user")
    MembershipFactory(group=GroupFactory(secret=True), user=nexus.user.user)
    many_posts(3)
    few = len(queries_for(client, f"{SEARCH}?q=cable"))
    many_posts(60)
    assert len(queries_for(client, f"{SEARCH}?q=cable")) == few


def test_the_search_box_is_in_every_nexus_page(as_role, nexus):
    page = as_role("user").get(reverse("nexus:dashboard")).text
    assert f'action="{SEARCH}"' in page
    assert 'aria-label="Search Nexus"' in page
    assert '<label for="nexus-search-query">' in page


def test_people_see_no_documents_of_other_accounts_named_like_them(engine, as_role, nexus):
    """Audiences are exact tokens: person:1 is not person:12."""
    others = [ProfileFactory(member=nexus.abuja) for _ in range(12)]
    conversation_between(others[-1], others[-2], subject="Lookalike", body="<p>Ocelot</p>")
    call_command("update_nexus_index", stdout=io.StringIO())
    assert as_each(as_role, "ocelot") == {role: (0, []) for role in ROLES}


def test_the_search_pages_are_valid_html(engine, as_role, nexus, tmp_path):
    many_posts(search.RESULTS_PER_PAGE + 1)
    client = as_role("user")
    documents = {
        name: client.get(SEARCH, params).content.decode()
        for name, params in {
            "empty": {},
            "results": {"q": "cable"},
            "second page": {"q": "cable", "page": "2"},
            "nothing": {"q": "zeppelin"},
        }.items()
    }
    assert html_errors(documents, tmp_path) == {}


def test_results_show_the_words_as_they_were_written(engine, as_role, nexus, indexed):
    with indexed():
        write(as_role("admin"), [nexus.user], "Q&A <b>night</b>", "Tom & Jerry\n\nSecond part")
    assert found(as_role("user"), "jerry second")[0] == 1

    page = as_role("user").get(SEARCH, {"q": "jerry"}).text
    assert "Q&amp;A &lt;b&gt;night&lt;/b&gt;" in page
    assert "Tom &amp; Jerry" in page
    assert "&amp;amp;" not in page
