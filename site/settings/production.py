"""Production: everything from the environment, HTTPS only. Refuses to start, with one line
saying why, when a value production cannot do without is missing."""

from .base import *  # noqa: F403
from .base import env, env_bool, env_int

_missing = [name for name in ("SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS") if not env(name)]
if _missing:
    raise SystemExit(
        "Refusing to start with production settings: set "
        + ", ".join(_missing)
        + " in the environment (see README.md, 'Environment variables')."
    )

DEBUG = False
# Static files are served by the application itself (compressed, with far-future caching of
# hashed names), so a deployment needs no CDN and no separate static host.
MIDDLEWARE = [*MIDDLEWARE[:1], "whitenoise.middleware.WhiteNoiseMiddleware", *MIDDLEWARE[1:]]  # noqa: F405
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
# Behind a TLS-terminating proxy, trust the header it sets.
if env_bool("SECURE_PROXY_SSL_HEADER", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=True)
