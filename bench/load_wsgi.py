"""The WSGI application gunicorn runs for the HTTP benchmarks (bench/production_server.py).

In production the TLS proxy serves MEDIA_ROOT at MEDIA_URL itself and passes everything else to
gunicorn (docs/serving.md, "Behind the TLS proxy"); Django serves media only with DEBUG on. The
bench has no proxy, so `ProxyMedia` stands in for it in front of the portal's application. The
documented set-up gives the proxy one header of its own for /media/ (X-Content-Type-Options:
nosniff), so a file goes out as a plain file server sends it with that header - nginx's
`location /media/ { alias ...; add_header X-Content-Type-Options nosniff always; }` without
`expires`: Content-Type, Content-Length, Last-Modified, ETag and that header, and gunicorn adds
Date, Server and Connection as nginx adds its own. None of the other headers Django's middleware
puts on its responses (Content-Security-Policy, Permissions-Policy, Content-Disposition, Vary,
...) and no gzip of an already compressed image, so a first view with thumbnails counts the bytes
a phone gets from the production set-up.
"""

import mimetypes
import os
from email.utils import formatdate
from urllib.parse import urlsplit
from wsgiref.util import FileWrapper

from django.conf import settings
from django.core.wsgi import get_wsgi_application

CHUNK = 64 * 1024


class ProxyMedia:
    """Answer GET and HEAD under `prefix` from the files under `root`; pass the rest on."""

    def __init__(self, application, root, prefix):
        self.application = application
        self.root = os.path.realpath(root)
        self.prefix = prefix

    def __call__(self, environ, start_response):
        path = environ.get("PATH_INFO", "")
        if not path.startswith(self.prefix):
            return self.application(environ, start_response)
        if environ["REQUEST_METHOD"] not in ("GET", "HEAD"):
            return self.refuse(start_response, "405 Not Allowed", [("Allow", "GET, HEAD")])
        # WSGI hands the decoded path over as latin-1; file names are UTF-8.
        name = path[len(self.prefix) :].encode("latin-1").decode("utf-8", "replace")
        file_path = os.path.realpath(os.path.join(self.root, name))
        if not file_path.startswith(self.root + os.sep) or not os.path.isfile(file_path):
            return self.refuse(start_response, "404 Not Found")
        stat = os.stat(file_path)
        etag = f'"{int(stat.st_mtime):x}-{stat.st_size:x}"'
        validators = [
            ("Last-Modified", formatdate(stat.st_mtime, usegmt=True)),
            ("ETag", etag),
        ]
        if environ.get("HTTP_IF_NONE_MATCH") == etag:
            start_response("304 Not Modified", validators)
            return []
        content_type = mimetypes.guess_type(file_path)[0] or "application/octet-stream"
        start_response(
            "200 OK",
            [
                ("Content-Type", content_type),
                ("Content-Length", str(stat.st_size)),
                ("X-Content-Type-Options", "nosniff"),
                *validators,
            ],
        )
        if environ["REQUEST_METHOD"] == "HEAD":
            return []
        # The server closes the file once it is sent (WSGI's close()).
        file = open(file_path, "rb")  # noqa: SIM115
        return environ.get("wsgi.file_wrapper", FileWrapper)(file, CHUNK)

    def refuse(self, start_response, status, headers=()):
        body = status.encode()
        start_response(
            status,
            [("Content-Type", "text/plain"), ("Content-Length", str(len(body))), *headers],
        )
        return [body]


application = ProxyMedia(
    get_wsgi_application(), settings.MEDIA_ROOT, urlsplit(settings.MEDIA_URL).path
)
