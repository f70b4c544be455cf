"""Settings shared by every environment, safe for production.

Every value that differs between deployments is read from the environment; the README lists
them. `dev.py` relaxes what a laptop needs relaxed, `test.py` points the suite at the real
services, `production.py` refuses to start without what production must have.
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _
from wagtail.embeds import oembed_providers

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env(name, default=""):
    return os.environ.get(name, default).strip()


def env_bool(name, default=False):
    value = env(name)
    if not value:
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}")


def env_int(name, default):
    value = env(name)
    try:
        return int(value) if value else default
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from None


def env_list(name, default=()):
    value = env(name)
    return [item.strip() for item in value.split(",") if item.strip()] if value else list(default)


SECRET_KEY = env("SECRET_KEY")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "foundation",
    "home",
    "news",
    "events",
    "programs",
    "members",
    "extranet.core",
    "extranet.directory",
    "extranet.profile_changes",
    "extranet.messaging",
    "extranet.groups",
    "extranet.events",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_filters",
    "django_countries",
    "django_tasks",
    "django_tasks_db",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "foundation.content_security.SiteCSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "extranet.core.middleware.NexusAccessMiddleware",
    "extranet.core.middleware.PrivateResponseMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "foundation.page_cache.PublicPageCacheMiddleware",
    "foundation.faults.SearchUnavailableMiddleware",
    "foundation.faults.UploadNotStoredMiddleware",
]

ROOT_URLCONF = "wego_site.urls"
WSGI_APPLICATION = "wego_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "members.context_processors.map_tiles",
            ],
        },
    },
]

# An unset DATABASE_URL means the embedded SQLite file: what `make run` uses on a fresh machine.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # The server and the task worker write to the same file: readers do not block the writer,
    # and a writer waits its turn instead of failing with "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# Addresses typed without a scheme are taken as https:// (Django 6 behaviour).
FORMS_URLFIELD_ASSUME_HTTPS = True

# Sign-in (django-allauth): by e-mail, verified addresses, no open sign-up (accounts come from
# access codes), lock-out after repeated failures, sign-out everywhere on password change,
# two-factor authentication (required for the secretariat and staff).
AUTHENTICATION_BACKENDS = ["extranet.core.auth.NexusAuthenticationBackend"]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "nexus:dashboard"
ACCOUNT_ADAPTER = "extranet.core.auth.NexusAccountAdapter"
ACCOUNT_USER_DISPLAY = "extranet.core.auth.user_display"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = True
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[WeGO Nexus] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https"
NEXUS_LOCKOUT_ATTEMPTS = 5
NEXUS_LOCKOUT_SECONDS = 15 * 60
ACCOUNT_RATE_LIMITS = {
    "login_failed": f"10/m/ip,{NEXUS_LOCKOUT_ATTEMPTS}/{NEXUS_LOCKOUT_SECONDS}s/key",
    "reset_password": "20/m/ip,5/m/key",
    "change_password": "5/m/user",
}
NEXUS_REQUIRE_MFA_FOR_STAFF = env_bool("NEXUS_REQUIRE_MFA_FOR_STAFF", default=True)
# Wrong access codes one address may try per hour before being refused for a while.
NEXUS_CODE_ATTEMPTS_PER_HOUR = 10
# How often one address may send the join form (with a valid code) per hour.
NEXUS_JOIN_SUBMISSIONS_PER_HOUR = 20
# How often one address may send the public registration form of events per hour.
EVENT_PUBLIC_REGISTRATIONS_PER_HOUR = 20
# Files attached to a message or a post (extranet/core/attachments.py): size of each, and how many.
NEXUS_ATTACHMENT_MAX_BYTES = env_int("NEXUS_ATTACHMENT_MAX_BYTES", 10 * 1024 * 1024)
NEXUS_ATTACHMENTS_PER_ITEM = 5
# New conversations a member (not the secretariat) may start, and people they may reach, per hour.
NEXUS_MESSAGING_CONVERSATIONS_PER_HOUR = 10
NEXUS_MESSAGING_RECIPIENTS_PER_HOUR = 60
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "WeGO Nexus"
# How many proxies of our own stand in front of the site, each adding the address it was reached
# from to X-Forwarded-For: every limit, throttle and the security log take the client's address
# from there (foundation/clients.py); 0 means none, the connection's own address counts.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
# The form of pages kept behind a password, in the site's own layout.
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "password_required.html"  # noqa: S105 (a template name)
WAGTAIL_PASSWORD_RESET_ENABLED = False  # passwords are reset through Nexus (allauth)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation. English is the source language; the others are translated with
# wagtail-localize, and the interface strings live in locale/.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("ko", "한국어"),
    ("es", "Español"),
    ("fr", "Français"),
    ("ru", "Русский"),
    ("zh-hans", "简体中文"),
    ("ar", "العربية"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
# Dates in each language's own order ("23 February 2022", "2022년 2월 23일", "febrero de 2022"):
# site/formats/<language>/formats.py sets every date format of each language, so that none of
# Django's fallbacks in American order ("02/23/2022") shows.
FORMAT_MODULE_PATH = ["wego_site.formats"]
TIME_ZONE = "Asia/Seoul"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env("STATIC_ROOT") or str(BASE_DIR / "var" / "static")
# Front-end packages come from npm (package.json) and are served from node_modules as they
# are, under static/vendor/: nothing third-party is copied into the repository.
NODE_MODULES = BASE_DIR / "node_modules"
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("vendor/leaflet", NODE_MODULES / "leaflet" / "dist"),
    ("vendor/markercluster", NODE_MODULES / "leaflet.markercluster" / "dist"),
    ("vendor/topojson-client", NODE_MODULES / "topojson-client" / "dist"),
    ("vendor/world-atlas", NODE_MODULES / "world-atlas"),
]
# A tile server for the member map, e.g. https://tiles.example.org/{z}/{x}/{y}.png. Without one
# the map draws the world's countries from the shapes shipped with the site.
MAP_TILE_URL = env("MAP_TILE_URL")
MAP_TILE_ATTRIBUTION = env("MAP_TILE_ATTRIBUTION")
# Served by the site itself (foundation/views.py), never by a web server: files of pages not
# yet public must stay out of reach.
MEDIA_URL = "/media/"
MEDIA_ROOT = env("MEDIA_ROOT") or str(BASE_DIR / "var" / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Nexus photos and proposed logos (foundation/private_files.py): outside MEDIA_ROOT, served
    # only by the views that check who asks.
    "private": {"BACKEND": "foundation.private_files.PrivateFileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
PRIVATE_MEDIA_ROOT = env("PRIVATE_MEDIA_ROOT") or str(BASE_DIR / "var" / "private-media")
# Who sends a private file once its view said yes: "" the site itself; "nginx" its internal
# location PRIVATE_MEDIA_INTERNAL_URL (X-Accel-Redirect); "apache" mod_xsendfile (X-Sendfile).
PRIVATE_MEDIA_SERVER = env("PRIVATE_MEDIA_SERVER", "")
PRIVATE_MEDIA_INTERNAL_URL = env("PRIVATE_MEDIA_INTERNAL_URL", "/internal/private-media/")
FILE_UPLOAD_PERMISSIONS = 0o644

# Caches. "default" holds what visitors must never be able to push out: sign-in lock-outs, rate
# limits, the access-code throttle, the content version of cached pages. It is a table of the
# database (created by `migrate`), shared by every process and machine, with room to spare.
# "pages" holds whole public pages for anonymous visitors (foundation/page_cache.py) for at most
# PUBLIC_PAGE_CACHE_SECONDS (0 turns that off): in each process's memory, at most
# PUBLIC_PAGE_CACHE_ENTRIES of them, the least recently used going first.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "site_cache",
        "OPTIONS": {"MAX_ENTRIES": 1_000_000},
    },
    "pages": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "public-pages",
        "OPTIONS": {"MAX_ENTRIES": env_int("PUBLIC_PAGE_CACHE_ENTRIES", 1_000)},
    },
}
PUBLIC_PAGE_CACHE_SECONDS = env_int("PUBLIC_PAGE_CACHE_SECONDS", 600)

# Search: Elasticsearch 8 when ELASTICSEARCH_URL is set, otherwise the database backend.
# Two indexes (foundation/search_index.py): "default", the editors' one, which the admin
# searches (every page, drafts included), and "public", which the site's search asks (only
# what visitors may open).
ELASTICSEARCH_URL = env("ELASTICSEARCH_URL")
ELASTICSEARCH_INDEX_PREFIX = env("ELASTICSEARCH_INDEX_PREFIX", "wego_")
if ELASTICSEARCH_URL:
    ELASTICSEARCH_SETTINGS = {
        "URLS": [ELASTICSEARCH_URL],
        "TIMEOUT": env_int("ELASTICSEARCH_TIMEOUT", 10),
        "INDEX_SETTINGS": {
            "settings": {
                "analysis": {
                    "analyzer": {
                        # Text in any of the site's languages: words as usual, and Korean,
                        # Chinese or Japanese also as pairs of characters, so that a word is
                        # found inside a longer one ("서울" in "서울특별시").
                        "default": {
                            "type": "custom",
                            "tokenizer": "standard",
                            "filter": ["cjk_width", "lowercase", "cjk_bigram"],
                        }
                    }
                }
            }
        },
    }
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "foundation.search_backends.EditorsSearchBackend",
            "INDEX_PREFIX": f"editors_{ELASTICSEARCH_INDEX_PREFIX}",
            **ELASTICSEARCH_SETTINGS,
        },
        "public": {
            "BACKEND": "foundation.search_backends.PublicSearchBackend",
            "INDEX_PREFIX": ELASTICSEARCH_INDEX_PREFIX,
            **ELASTICSEARCH_SETTINGS,
        },
    }
else:
    WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "foundation.search_backends.database_search_backend"}
    }

# Nexus search (extranet/core/search.py) asks Elasticsearch when the site has it, and its own
# table of documents in the database otherwise.
NEXUS_SEARCH_ENGINE = "elasticsearch" if ELASTICSEARCH_URL else "database"

# Deferred work runs on Django's task API, from a queue in the database, served by
# `manage.py db_worker` (as many as needed, on any machine reaching the database).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

# Mail is queued after the transaction commits (foundation/mail.py); workers deliver it through
# EMAIL_DELIVERY_BACKEND: an SMTP server in production, the console in development (dev.py).
EMAIL_BACKEND = "foundation.mail.QueuedEmailBackend"
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=False)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "WeGO Secretariat <secretariat@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Security defaults; production.py adds the HTTPS-only ones.
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
# Videos (foundation.blocks.VideoBlock) play from YouTube and Vimeo, whose players the policy
# below lets the page frame; the address of a video elsewhere stays a link.
WAGTAILEMBEDS_FINDERS = [
    {
        "class": "wagtail.embeds.finders.oembed",
        "providers": [oembed_providers.youtube, oembed_providers.vimeo],
    }
]
VIDEO_PLAYER_SOURCES = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
# Content-Security-Policy (django-csp): scripts, styles, fonts and frames from the site itself;
# an inline script runs only with the request's nonce (`nonce="{{ request.csp_nonce }}"`), an
# inline style never; pictures also as data: addresses (Leaflet, Wagtail) and from the map's
# tile server (MAP_TILE_URL); video players from the providers the video block embeds.
# foundation/content_security.py adds the tile server and relaxes the policy for the admin
# only. The README says how to allow another host.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "frame-src": [SELF, *VIDEO_PLAYER_SOURCES],
        "object-src": [NONE],
        "base-uri": [SELF],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
}

# "Translate" prepares a draft in the other language (pages), which reaches visitors when a
# translator publishes it from the translation editor; by default wagtail-localize would
# publish the untranslated copy at once because the original is live.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Machine translation in the translation editor: off unless a DeepL key is given.
if env("DEEPL_API_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": env("DEEPL_API_KEY")},
    }

# Wagtail
# The image and document forms name their fields for editors; an image needs its alternative text.
WAGTAILIMAGES_IMAGE_FORM_BASE = "foundation.forms.ImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "foundation.forms.DocumentForm"
WAGTAIL_SITE_NAME = _("WeGO")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Documents are always served by the site (never a redirect to the storage, which would skip
# the embargo checks of foundation/media_access.py).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Nothing is fetched from another host when a page is shown, avatars included.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Complex pages exceed Django's default of 1000 fields per form in the editor.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
