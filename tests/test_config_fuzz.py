"""Property: whatever config.yaml or the environment holds, loading the settings gives
Settings or one line per problem (exit code 2), never another exception."""

from __future__ import annotations

import datetime
import math

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.config import ENV_VARS, ConfigError, Settings, load_settings

KEYS = ["library", "model", "algorithm", "length", "theme", "cache_dir", "jobs", "feeds", "feeds_dir",
        "max_download", "keys"]  # fmt: skip

_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from(["3", "20%", "lexrank", "briefing-dark", "en_core_web_sm", "next_sentence",
                     "~/news", "yes", "no", "on", "0x10", "1:30", ".nan", "-.inf", "2025-02-30"]),
    st.dates(min_value=datetime.date(1, 1, 1)),
)  # fmt: skip
_values = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
_mappings = st.dictionaries(
    st.one_of(st.sampled_from(KEYS), st.text(max_size=10), st.integers()),
    _values,
    max_size=6,
)

FUZZ = settings(
    max_examples=300,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _outcome(env: dict[str, str]) -> Settings | ConfigError:
    try:
        return load_settings(env=env)
    except ConfigError as exc:
        assert exc.exit_code == 2
        assert exc.problems and all(p and "\n" not in p for p in exc.problems)
        return exc


@FUZZ
@given(_mappings)
def test_any_mapping_of_settings_loads_or_is_one_line_per_problem(tmp_path, data):
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = _outcome({"BRIEFING_CONFIG": str(path)})
    if isinstance(result, Settings):
        assert result.jobs is None or result.jobs >= 1  # None: one per core
        assert all(isinstance(p, type(path)) for p in result.library)
        if result.length is not None:
            assert 1 <= result.length.amount <= 100 and math.isfinite(result.length.amount)


@FUZZ
@given(st.text(max_size=200) | st.binary(max_size=200).map(lambda b: b.decode("latin-1")))
def test_any_text_as_config_file_loads_or_is_one_line_per_problem(tmp_path, text):
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    _outcome({"BRIEFING_CONFIG": str(path)})


_env_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\0"), max_size=20
)


@FUZZ
@given(st.dictionaries(st.sampled_from(sorted(ENV_VARS)), _env_text, max_size=4))
def test_any_environment_loads_or_is_one_line_per_problem(tmp_path, variables):
    result = _outcome({**variables, "BRIEFING_CONFIG": str(tmp_path / "absent.yaml")})
    assert isinstance(result, ConfigError)  # the named file is missing
    assert result.problems[0] == f"BRIEFING_CONFIG: no such file: {tmp_path / 'absent.yaml'}"


@FUZZ
@given(st.dictionaries(st.sampled_from(sorted(ENV_VARS)), _env_text, max_size=4))
def test_any_environment_without_a_config_file_loads_or_is_one_line_per_problem(variables):
    _outcome(variables)
