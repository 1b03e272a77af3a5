"""An S3 API for the tests of a lake whose data is on an object store: moto's S3 served over
HTTP on the loopback (``ThreadedMotoServer``, in this process, on a free port), which DuckDB's
httpfs reaches as it would AWS S3 or MinIO. Where moto is not installed, those tests skip."""

from __future__ import annotations

import logging
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager

# what the credential chain would otherwise find on a developer's machine or a cloud host
ISOLATED_AWS_ENV = {"AWS_SHARED_CREDENTIALS_FILE": "/nonexistent/credentials",
                    "AWS_CONFIG_FILE": "/nonexistent/config",
                    "AWS_EC2_METADATA_DISABLED": "true"}
# the variables a test blanks so that only what it sets reaches the credential chain
AWS_NAMES = ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE",
             "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_S3")


@contextmanager
def s3_server() -> Iterator[str]:
    """The endpoint URL (``http://127.0.0.1:<port>``) of a fresh S3 API, stopped afterwards."""
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # one line per request otherwise
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        yield f"http://{host}:{port}"
    finally:
        server.stop()


@contextmanager
def checking_credentials(endpoint: str) -> Iterator[None]:
    """The server checking requests' keys against its IAM users (none: every key is refused,
    ``403 InvalidAccessKeyId``) until the block ends; it accepts any key otherwise."""
    _set_auth(endpoint, "0")
    try:
        yield
    finally:
        _set_auth(endpoint, "inf")


def _set_auth(endpoint: str, unchecked_requests: str) -> None:
    """moto's switch: how many requests it serves before it starts checking credentials."""
    request = urllib.request.Request(f"{endpoint}/moto-api/reset-auth", method="POST",
                                     data=unchecked_requests.encode(),
                                     headers={"Content-Type": "text/plain"})
    with urllib.request.urlopen(request, timeout=10) as answer:
        answer.read()
