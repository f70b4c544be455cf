"""Editorial roles and the "Communications review" workflow.

Communications editors write and submit; communications reviewers approve and publish; the
secretariat keeps the member records. Every page of the site goes through the workflow: a
draft is submitted for review, and only a reviewer's approval publishes it (immediately, or at
the go-live date set for an embargo)."""

from django.db import migrations

WORKFLOW_NAME = "Communications review"
TASK_NAME = "Review by communications"
EDITORS = "Communications editors"
REVIEWERS = "Communications reviewers"
SECRETARIAT = "Secretariat"

PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page", "lock_page", "unlock_page"],
    REVIEWERS: ["add_page", "change_page", "lock_page", "unlock_page", "publish_page"],
}
MEDIA_PERMISSIONS = [
    ("wagtailimages", "image", ["add", "change", "choose"]),
    ("wagtaildocs", "document", ["add", "change", "choose"]),
]
CONTENT_SNIPPETS = [
    ("news", "mediacontact"),
    ("home", "person"),
    ("home", "partner"),
    ("programs", "feasibilitystudy"),
]
MEMBER_RECORDS = [("members", "member"), ("members", "memberrole")]


def permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    found, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": codename.replace("_", " ").capitalize()},
    )
    return found


def create_roles_and_workflow(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    access_admin = permission(apps, "wagtailadmin", "admin", "access_admin")
    submit_translation = permission(apps, "wagtail_localize", "translation", "submit_translation")

    groups = {}
    for name in (EDITORS, REVIEWERS, SECRETARIAT):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        groups[name] = group

    for name in (EDITORS, REVIEWERS):
        group = groups[name]
        group.permissions.add(submit_translation)
        for app_label, model in CONTENT_SNIPPETS:
            for action in ("add", "change", "view"):
                group.permissions.add(permission(apps, app_label, model, f"{action}_{model}"))
        if root_page:
            for codename in PAGE_PERMISSIONS[name]:
                GroupPagePermission.objects.get_or_create(
                    group=group,
                    page=root_page,
                    permission=permission(apps, "wagtailcore", "page", codename),
                )
        if root_collection:
            for app_label, model, actions in MEDIA_PERMISSIONS:
                for action in actions:
                    GroupCollectionPermission.objects.get_or_create(
                        group=group,
                        collection=root_collection,
                        permission=permission(apps, app_label, model, f"{action}_{model}"),
                    )

    for app_label, model in MEMBER_RECORDS:
        for action in ("add", "change", "delete", "view"):
            groups[SECRETARIAT].permissions.add(
                permission(apps, app_label, model, f"{action}_{model}")
            )

    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task, _ = GroupApprovalTask.objects.get_or_create(
        name=TASK_NAME, defaults={"content_type": task_type, "active": True}
    )
    task.groups.set([groups[REVIEWERS]])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})

    if root_page:
        # Wagtail starts with its own "Moderators approval" workflow on the root; ours replaces it.
        previous = WorkflowPage.objects.filter(page=root_page).exclude(workflow=workflow)
        Workflow.objects.filter(pk__in=previous.values("workflow")).update(active=False)
        previous.delete()
        WorkflowPage.objects.get_or_create(page=root_page, workflow=workflow)


def remove_roles_and_workflow(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow.objects.filter(name=WORKFLOW_NAME).delete()
    GroupApprovalTask.objects.filter(name=TASK_NAME).delete()
    Group.objects.filter(name__in=[EDITORS, REVIEWERS, SECRETARIAT]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_initial"),
        ("news", "0002_initial"),
        ("members", "0001_initial"),
        ("programs", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_roles_and_workflow, remove_roles_and_workflow)]
