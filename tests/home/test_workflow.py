"""Pages go through the "Communications review" workflow: editors submit, reviewers publish."""

import pytest
from django.urls import reverse
from wagtail.models import Page, Workflow

from tests.extranet.factories import AdminUserFactory
from tests.news.factories import NewsArticlePageFactory

pytestmark = pytest.mark.django_db


def test_every_page_is_under_the_communications_review_workflow(site_tree):
    workflow = Workflow.objects.get(name="Communications review")
    assert workflow.active
    assert [task.name for task in workflow.tasks] == ["Review by communications"]
    assert site_tree.news.get_workflow() == workflow
    assert Page.get_first_root_node().get_workflow() == workflow


def test_an_editor_submits_and_a_reviewer_publishes(client, site_tree):
    editor = AdminUserFactory(username="editor", editor=True)
    reviewer = AdminUserFactory(username="reviewer", reviewer=True)
    draft = NewsArticlePageFactory.build(title="A release awaiting review", draft=True)
    site_tree.news.add_child(instance=draft)
    draft.save_revision(user=editor)

    assert not draft.permissions_for_user(editor).can_publish()
    assert draft.permissions_for_user(reviewer).can_publish()

    workflow_state = draft.get_workflow().start(draft, editor)
    draft.refresh_from_db()
    assert workflow_state.status == "in_progress"
    assert not draft.live
    assert client.get(draft.url or f"{site_tree.news.url}{draft.slug}/").status_code == 404

    task_state = workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, reviewer, "approve")

    draft.refresh_from_db()
    assert draft.live
    assert client.get(draft.url).status_code == 200


def test_editors_may_use_the_admin_and_submit_translations(client):
    editor = AdminUserFactory(username="editor", editor=True)
    assert editor.has_perm("wagtailadmin.access_admin")
    assert editor.has_perm("wagtail_localize.submit_translation")
    client.force_login(editor)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
