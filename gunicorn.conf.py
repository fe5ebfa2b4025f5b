"""Gunicorn configuration for Werkroute in production (docs/serving.md).

Run from the repository root:

    DJANGO_SETTINGS_MODULE=portal.settings.production gunicorn portal.wsgi

Gunicorn reads ./gunicorn.conf.py by itself; `-c gunicorn.conf.py` says so explicitly. Every
value below can be changed through the environment, so one file serves every host:

GUNICORN_BIND               address to listen on (default 127.0.0.1:8000: only the TLS proxy
                            on the same host reaches it; "unix:/run/werkroute.sock" also works)
GUNICORN_WORKERS            worker processes (default 2 x CPU cores + 1)
GUNICORN_THREADS            threads per worker (default 4)
GUNICORN_TIMEOUT            seconds a worker may stay silent before it is killed (default 30)
GUNICORN_GRACEFUL_TIMEOUT   seconds a worker gets to finish its requests on restart (default 30)
GUNICORN_KEEPALIVE          seconds an idle keep-alive connection stays open (default 5)
GUNICORN_MAX_REQUESTS       requests after which a worker is replaced (default 50000, 0 = never)
GUNICORN_PROXY_PROTOCOL     "off" (default), or "v1"/"v2"/"auto" when the proxy sends the PROXY
                            protocol header (HAProxy `send-proxy-v2`): then REMOTE_ADDR is the
                            visitor's address, which the rate limits (core/ratelimit.py) need
FORWARDED_ALLOW_IPS         addresses of the proxies trusted to set X-Forwarded-Proto and to
                            send the PROXY header (default 127.0.0.1,::1)
GUNICORN_LOG_LEVEL          error log level (default info)
"""

import multiprocessing
import os


def _int(name, default):
    return int(os.environ.get(name, default))


bind = [os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")]

# Requests spend much of their time waiting on PostgreSQL and Redis; a few threads per process
# use that time without the memory of more processes.
workers = _int("GUNICORN_WORKERS", 2 * multiprocessing.cpu_count() + 1)
worker_class = "gthread"
threads = _int("GUNICORN_THREADS", 4)

# With gthread workers this only catches a worker whose main loop hangs, not one slow request:
# requests are bounded by the database and cache timeouts (DB_CONNECT_TIMEOUT,
# DB_STATEMENT_TIMEOUT_MS, REDIS_TIMEOUT_SECONDS in portal/settings/base.py), all well below it.
timeout = _int("GUNICORN_TIMEOUT", 30)
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 30)
# Behind a proxy that keeps its upstream connections open, a short keep-alive makes gunicorn
# close connections the proxy is about to reuse.
keepalive = _int("GUNICORN_KEEPALIVE", 5)

# Replacing each worker now and then bounds the memory a slow leak can take; the jitter keeps
# the workers from all restarting at the same moment. Not often: a new worker spends about 1.5 s
# of CPU importing the application and more compiling templates, and the old one drops its
# keep-alive connections. With 2,000 a busy server (bench/load.py, 5 workers at 250-350 req/s)
# replaced a worker every few seconds: a bare view's p99 went from 361 ms to 1,558 ms and the
# requests per second halved. A worker stays at about 140 MB (bench/load.py --board).
max_requests = _int("GUNICORN_MAX_REQUESTS", 50_000)
max_requests_jitter = max(max_requests // 10, 0)

# X-Forwarded-Proto decides whether Django sees the request as https (SECURE_PROXY_SSL_HEADER,
# SECURE_SSL_REDIRECT); only the proxy may set it.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
proxy_protocol = os.environ.get("GUNICORN_PROXY_PROTOCOL", "off")
proxy_allow_ips = forwarded_allow_ips

# Access log on stdout, error log on stderr, for journald or the container runtime. The access
# log names no client address (residents' IP addresses are personal data and are not needed to
# run the site) and no query string (it holds what residents searched for): time, method, path,
# status, response bytes and duration in milliseconds.
accesslog = "-"
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")

# The control socket (gunicornc) is not part of how this site is run; without it several
# instances on one host cannot collide on $HOME/.gunicorn/gunicorn.ctl.
control_socket_disable = True
