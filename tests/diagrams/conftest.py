"""The diagrams' browser tests check contrast and names with axe-core, as the quality tests do."""

from tests.quality.conftest import axe  # noqa: F401
