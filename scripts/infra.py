"""`python -m scripts infra`: keep the template's inline CloudFront Function in step with
infra/viewer-request.js, validate the template, and print the deploy command.

CloudFormation needs the function's code inline (FunctionCode); the code is written, tested
and reviewed in its own file. `--sync` copies it in; the tests fail when the two differ.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

TEMPLATE = Path("infra/site.yaml")
FUNCTION = Path("infra/viewer-request.js")
_CODE_BLOCK = re.compile(
    r"(?m)^(?P<indent> +)FunctionCode: \|\n(?P<body>(?:(?P=indent)  .*\n|\n)+)"
)


class _CfnLoader(yaml.SafeLoader):
    """Reads CloudFormation YAML: short-form intrinsics (!Ref, !Sub …) become plain values."""


def _intrinsic(loader, suffix, node):
    if isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    elif isinstance(node, yaml.MappingNode):
        value = loader.construct_mapping(node, deep=True)
    else:
        value = loader.construct_scalar(node)
    return {f"Fn::{suffix}" if suffix != "Ref" else "Ref": value}


_CfnLoader.add_multi_constructor("!", _intrinsic)


def load_template(path: Path) -> dict:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_CfnLoader)


def inline_code(template_text: str) -> str:
    """The FunctionCode block as CloudFormation will read it."""
    match = _CODE_BLOCK.search(template_text)
    if not match:
        raise ValueError("no 'FunctionCode: |' block in the template")
    indent = len(match.group("indent")) + 2
    lines = match.group("body").splitlines()
    return "\n".join(line[indent:] for line in lines).strip() + "\n"


def with_inline_code(template_text: str, code: str) -> str:
    match = _CODE_BLOCK.search(template_text)
    if not match:
        raise ValueError("no 'FunctionCode: |' block in the template")
    pad = match.group("indent") + "  "
    body = "".join(f"{pad}{line}\n" if line.strip() else "\n" for line in code.strip().splitlines())
    return template_text[: match.start("body")] + body + "\n" + template_text[match.end("body") :]


def response_headers(template: dict) -> dict[str, str]:
    """The headers the ResponseHeadersPolicy adds, as an HTTP server would send them."""
    config = template["Resources"]["SecurityHeadersPolicy"]["Properties"][
        "ResponseHeadersPolicyConfig"
    ]
    security = config["SecurityHeadersConfig"]
    hsts = security["StrictTransportSecurity"]
    headers = {
        "Content-Security-Policy": " ".join(
            security["ContentSecurityPolicy"]["ContentSecurityPolicy"].split()
        ),
        "Strict-Transport-Security": f"max-age={hsts['AccessControlMaxAgeSec']}"
        + ("; includeSubDomains" if hsts.get("IncludeSubdomains") else "")
        + ("; preload" if hsts.get("Preload") else ""),
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": security["FrameOptions"]["FrameOption"],
        "Referrer-Policy": security["ReferrerPolicy"]["ReferrerPolicy"],
    }
    for item in config.get("CustomHeadersConfig", {}).get("Items", []):
        headers[item["Header"]] = item["Value"]
    return headers


def deploy_command(stack: str, region: str, repository: str, extra: dict[str, str]) -> list[str]:
    overrides = [f"GitHubRepository={repository}", *(f"{k}={v}" for k, v in extra.items())]
    return [
        "aws", "cloudformation", "deploy",
        "--template-file", str(TEMPLATE),
        "--stack-name", stack,
        "--region", region,
        "--capabilities", "CAPABILITY_IAM",
        "--no-fail-on-empty-changeset",
        "--parameter-overrides", *overrides,
    ]  # fmt: skip


def run_infra(
    root: Path,
    sync: bool,
    stack: str,
    region: str,
    repository: str,
    apply: bool,
    domain: dict[str, str] | None = None,
) -> int:
    template_path, function_path = root / TEMPLATE, root / FUNCTION
    text = template_path.read_text(encoding="utf-8")
    code = function_path.read_text(encoding="utf-8")
    if sync:
        text = with_inline_code(text, code)
        template_path.write_text(text, encoding="utf-8")
        print(f"infra: copied {FUNCTION} into {TEMPLATE}")
    elif inline_code(text) != code.strip() + "\n":
        print(f"infra: {TEMPLATE} differs from {FUNCTION}; run `python -m scripts infra --sync`")
        return 1
    lint = shutil.which("cfn-lint") or str(Path(sys.executable).parent / "cfn-lint")
    result = subprocess.run([lint, str(template_path)], check=False)
    if result.returncode != 0:
        return result.returncode
    command = deploy_command(
        stack, region, repository, {k: v for k, v in (domain or {}).items() if v}
    )
    print("infra: template valid. Deploy with:\n  " + shlex.join(command))
    if apply:
        return subprocess.run(command, cwd=root, check=False).returncode
    return 0
