"""nginx terminating TLS in front of several gateways, with compose's own site config.

Debian's nginx (installed by .ci/run) runs docker/nginx/outreach.conf.template,
the file compose's `proxy` service runs, on a free loopback port with a
self-signed certificate made here, in a temporary directory removed afterwards.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Sequence

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.services import wait_listening
from tests.stack import ROOT, free_port

NGINX = "/usr/sbin/nginx"

TEMPLATE = ROOT / "docker" / "nginx" / "outreach.conf.template"
# What nginx's official image has around conf.d (compose), on a temporary prefix here.
MAIN = """
{user}
worker_processes 1;
error_log {root}/error.log warn;
pid {root}/nginx.pid;
events {{ worker_connections 256; }}
http {{
  client_body_temp_path {root}/body;
  proxy_temp_path {root}/proxy;
  fastcgi_temp_path {root}/fastcgi;
  uwsgi_temp_path {root}/uwsgi;
  scgi_temp_path {root}/scgi;
  include {root}/outreach.conf;
}}
"""


def render(variables: dict) -> str:
    """The template as the official image's envsubst renders it (only these names)."""
    text = TEMPLATE.read_text(encoding="utf-8")
    for name, value in variables.items():
        text = text.replace("${" + name + "}", value)
    return text


def _certificate(root: Path) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .sign(key, hashes.SHA256())
    )
    (root / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (root / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )


@contextmanager
def tls_proxy(gateway_ports: Sequence[int]) -> Iterator[str]:
    """https://localhost:PORT in front of the gateways; yields that base URL."""
    root = Path(tempfile.mkdtemp(prefix="outreach-nginx-"))
    port = free_port()
    _certificate(root)
    upstream = " ".join(f"server 127.0.0.1:{p} max_fails=1 fail_timeout=5s;" for p in gateway_ports)
    site = render(
        {
            "GATEWAY_UPSTREAM": upstream,
            "PROXY_LISTEN": f"127.0.0.1:{port}",
            "TLS_CERT": str(root / "cert.pem"),
            "TLS_KEY": str(root / "key.pem"),
        }
    )
    assert "${" not in site, "a variable of the template is not set"
    (root / "outreach.conf").write_text(site, encoding="utf-8")
    user = "user root;" if os.geteuid() == 0 else ""
    (root / "nginx.conf").write_text(MAIN.format(user=user, root=root), encoding="utf-8")
    process = subprocess.Popen(
        [NGINX, "-p", str(root), "-c", str(root / "nginx.conf"), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_listening(process, port, 20, "nginx", log=str(root / "error.log"))
        yield f"https://localhost:{port}"
    finally:
        process.terminate()
        process.wait(timeout=20)
        shutil.rmtree(root, ignore_errors=True)
