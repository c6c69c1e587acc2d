"""HTTP for feeds and pages, with the safety rules every download follows.

- http and https only; redirects are followed by hand, at most `max_redirects` of
  them, never to another kind of address (`file:`, `ftp:`…) and never from https
  down to http (http up to https is allowed: most old feed addresses do that);
- a connect and a read timeout, and a deadline for the whole download (a server that
  trickles one byte a second never times out a read);
- retries with a doubling back-off on a 5xx answer and on a timeout, none on a 4xx
  (it will not change) or a refused connection;
- a size cap on the body as it arrives, after decompression (a gzip bomb stops at the
  cap), and on the declared Content-Length before anything is read;
- at most `per_host` requests at a time to one host, whatever the number of threads;
- a user agent that names briefing and its version.

Every failure is a FetchError whose message is one line for people.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from briefing import __version__
from briefing.config import DEFAULT_MAX_DOWNLOAD
from briefing.urls import WEB_SCHEMES, host_of

if TYPE_CHECKING:
    import httpx

USER_AGENT = f"briefing/{__version__} (terminal news reader; feeds and linked articles)"

REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True)
class Policy:
    """How downloads behave; the defaults suit the open web, tests shorten them."""

    connect_timeout: float = 10.0
    read_timeout: float = 15.0
    deadline: float = 45.0
    """The most one download may take, all retries and redirects included: no retry
    starts that could not end within it."""
    retries: int = 2
    backoff: float = 1.0
    """Seconds before the first retry; each next one waits twice as long."""
    max_backoff: float = 30.0
    max_bytes: int = DEFAULT_MAX_DOWNLOAD
    max_redirects: int = 5
    per_host: int = 2
    trust_env: bool = True
    """Honour HTTP(S)_PROXY and NO_PROXY from the environment."""


class FetchError(Exception):
    """A download that failed; `str()` is one line for people. `transient`: a timeout or
    a server error, which trying again later may cure (a 404 will not)."""

    def __init__(self, message: str, transient: bool = False) -> None:
        super().__init__(message)
        self.transient = transient


@dataclass(frozen=True)
class Response:
    url: str
    """The address the body came from, after redirects."""
    status: int
    headers: Mapping[str, str] = field(default_factory=dict)
    """Lower-case names."""
    body: bytes = b""

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def media_type(self) -> str:
        """The declared type without parameters, lower case ("" when none)."""
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            name, _, value = part.partition("=")
            if name.strip().lower() == "charset" and value.strip():
                return value.strip().strip("\"'").lower()
        return None


def describe_size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.0f} MB"
    return f"{n / 1024:.0f} KB" if n >= 1024 else f"{n} bytes"


class Fetcher:
    """One HTTP client for a run, shared by threads (httpx's client is thread-safe).
    Use as a context manager, or close()."""

    def __init__(self, policy: Policy | None = None, user_agent: str = USER_AGENT) -> None:
        self.policy = policy or Policy()
        self.user_agent = user_agent
        self._client: httpx.Client | None = None
        self._lock = threading.Lock()
        self._hosts: dict[str, threading.BoundedSemaphore] = {}

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            if self._client is not None:
                self._client.close()
                self._client = None

    def _http(self) -> httpx.Client:
        with self._lock:
            if self._client is None:
                import httpx

                p = self.policy
                self._client = httpx.Client(
                    follow_redirects=False,
                    timeout=httpx.Timeout(
                        connect=p.connect_timeout, read=p.read_timeout, write=p.read_timeout,
                        pool=p.deadline,
                    ),
                    headers={"User-Agent": self.user_agent},
                    trust_env=p.trust_env,
                    limits=httpx.Limits(max_connections=32, max_keepalive_connections=16),
                )  # fmt: skip
            return self._client

    @contextlib.contextmanager
    def _slot(self, url: str) -> Iterator[None]:
        """One of the host's `per_host` request slots, held for one request."""
        parts = urlsplit(url)
        host = f"{host_of(url)}:{parts.port or ''}"
        with self._lock:
            slot = self._hosts.setdefault(host, threading.BoundedSemaphore(self.policy.per_host))
        with slot:
            yield

    def get(
        self,
        url: str,
        *,
        accept: str = "*/*",
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> Response:
        """GET `url` under the policy: the final response (a 304 when the validators
        still hold), or FetchError saying why not."""
        check_address(url)
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        started = time.monotonic()
        current = url
        for _hop in range(self.policy.max_redirects + 1):
            response = self._with_retries(current, headers, started)
            if response.status >= 400:
                raise FetchError(f"HTTP {response.status} {_reason(response.status)}".strip())
            if response.status not in REDIRECTS:
                return response
            location = response.headers.get("location", "").strip()
            if not location:
                raise FetchError(f"HTTP {response.status} redirect without a Location")
            target = urljoin(current, location)
            check_redirect(current, target)
            current = target
        raise FetchError(f"more than {self.policy.max_redirects} redirects")

    def _with_retries(self, url: str, headers: dict[str, str], started: float) -> Response:
        p = self.policy
        attempt = 0
        while True:
            try:
                response = self._once(url, headers, started)
            except _Retryable as exc:
                problem = str(exc)
                wait = p.backoff * 2**attempt
            else:
                if response.status < 500:
                    return response
                problem = f"HTTP {response.status} {_reason(response.status)}".strip()
                wait = max(p.backoff * 2**attempt, _retry_after(response.headers))
            attempt += 1
            wait = min(wait, p.max_backoff)
            worst = time.monotonic() - started + wait + p.connect_timeout + p.read_timeout
            if attempt > p.retries or worst > p.deadline:
                tries = f" (after {attempt} tries)" if attempt > 1 else ""
                raise FetchError(f"{problem}{tries}", transient=True)
            time.sleep(wait)

    def _once(self, url: str, headers: dict[str, str], started: float) -> Response:
        import httpx

        p = self.policy
        try:
            with self._slot(url), self._http().stream("GET", url, headers=headers) as answer:
                head = {k.lower(): v for k, v in answer.headers.items()}
                if answer.status_code in REDIRECTS or answer.status_code == 304:
                    return Response(str(answer.url), answer.status_code, head)
                if answer.status_code >= 400:
                    return Response(str(answer.url), answer.status_code, head)
                declared = head.get("content-length", "")
                if declared.isdigit() and int(declared) > p.max_bytes:
                    raise FetchError(
                        f"too large: {describe_size(int(declared))}, more than the "
                        f"{describe_size(p.max_bytes)} limit (max_download)"
                    )
                chunks: list[bytes] = []
                size = 0
                for chunk in answer.iter_bytes():
                    size += len(chunk)
                    if size > p.max_bytes:
                        raise FetchError(
                            f"too large: more than the {describe_size(p.max_bytes)} "
                            "limit (max_download)"
                        )
                    if time.monotonic() - started > p.deadline:
                        raise _Retryable(f"took longer than {p.deadline:g} s")
                    chunks.append(chunk)
                return Response(str(answer.url), answer.status_code, head, b"".join(chunks))
        except httpx.ConnectTimeout:
            raise _Retryable(f"could not connect within {p.connect_timeout:g} s") from None
        except httpx.ReadTimeout:
            raise _Retryable(
                f"the server stopped answering (nothing for {p.read_timeout:g} s)"
            ) from None
        except httpx.TimeoutException:
            raise _Retryable("timed out") from None
        except httpx.ConnectError as exc:
            raise FetchError(f"cannot connect ({_said(exc)})", transient=True) from None
        except httpx.DecodingError as exc:
            raise FetchError(f"the response could not be decompressed ({_said(exc)})") from None
        except httpx.RemoteProtocolError as exc:
            raise FetchError(f"the server broke off the answer ({_said(exc)})", True) from None
        except httpx.HTTPError as exc:
            raise FetchError(f"{exc.__class__.__name__}: {_said(exc)}") from None


class _Retryable(FetchError):
    """A timeout: worth another try."""

    def __init__(self, message: str) -> None:
        super().__init__(message, transient=True)


def check_address(url: str) -> None:
    """FetchError unless `url` is an http or https address with a host."""
    try:
        parts = urlsplit(url)
    except ValueError:
        raise FetchError(f"not a web address: {url!r}") from None
    if parts.scheme.lower() not in WEB_SCHEMES:
        shown = f"{parts.scheme}:" if parts.scheme else "no scheme"
        raise FetchError(f"only http and https addresses are fetched, not {shown}")
    if not parts.hostname:
        raise FetchError(f"no host in {url!r}")


def check_redirect(source: str, target: str) -> None:
    """A redirect may lead only to http or https, and never from https down to http."""
    scheme = urlsplit(target).scheme.lower()
    if scheme not in WEB_SCHEMES:
        raise FetchError(f"refused a redirect to a {scheme or 'schemeless'}: address")
    if urlsplit(source).scheme.lower() == "https" and scheme == "http":
        raise FetchError("refused a redirect from https down to http")
    check_address(target)


def _retry_after(headers: Mapping[str, str]) -> float:
    value = headers.get("retry-after", "").strip()
    return float(value) if value.isdigit() else 0.0


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _said(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return (text[:150] + "…" if len(text) > 150 else text) or exc.__class__.__name__
