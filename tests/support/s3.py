"""An S3 API for the tests of a lake whose data is on an object store: moto's S3 served over
HTTP on the loopback (``ThreadedMotoServer``, in this process, on a free port), which DuckDB's
httpfs reaches as it would AWS S3 or MinIO. Where moto is not installed, those tests skip."""

from __future__ import annotations

import json
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


def user_keys(endpoint: str, count: int) -> list[tuple[str, str]]:
    """``count`` access keys (id, secret) of a new IAM user allowed everything, for the time
    the server checks credentials."""
    import boto3

    iam = boto3.client("iam", endpoint_url=endpoint, region_name="us-east-1")
    iam.create_user(UserName="pipelines")
    iam.put_user_policy(UserName="pipelines", PolicyName="all", PolicyDocument=json.dumps(
        {"Version": "2012-10-17",
         "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}))
    made = [iam.create_access_key(UserName="pipelines")["AccessKey"] for _ in range(count)]
    return [(key["AccessKeyId"], key["SecretAccessKey"]) for key in made]


def delete_key(endpoint: str, key_id: str, using: tuple[str, str]) -> None:
    """Revoke the key ``key_id``, asking with the key ``using`` (id, secret)."""
    import boto3

    iam = boto3.client("iam", endpoint_url=endpoint, region_name="us-east-1",
                       aws_access_key_id=using[0], aws_secret_access_key=using[1])
    iam.delete_access_key(UserName="pipelines", AccessKeyId=key_id)
