"""The README's and the notes' screenshots, retaken from a built site: four pages a reader opens
first (home, an actor, the timeline with two facets applied, the sanctions table), on a desktop
and on a phone, in light and dark mode.

    mkdocs build && PYTHONPATH=scripts:. python -m tests.screenshots [--site site] [--out docs/assets]

(``make screenshots``). Debian's Chromium, as the browser tests use; nothing is fetched.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from .test_browser import _serve, chromium, visit

PAGES = (
    ("home", ""),
    ("actor", "actors/japan/"),
    ("timeline-facets", "timeline/?actor=Japan&theme=sanctions"),
    ("sanctions", "sanctions/"),
)
SIZES = (("desktop", (1280, 800)), ("phone", (390, 844)))
SCHEMES = (("light", "default"), ("dark", "slate"))


def take(site: Path, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    server = _serve(site)
    root = next(server)
    made = []
    try:
        for size_name, size in SIZES:
            profile = tempfile.mkdtemp(prefix="brief-shots-")
            driver = chromium(profile)
            # a phone's viewport, as Chrome's device mode sets it (a window cannot be this narrow)
            width, height = size
            metrics = {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600}
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
            try:
                for page, path in PAGES:
                    for scheme_name, scheme in SCHEMES:
                        visit(driver, root + path)
                        driver.execute_script(
                            "const i = document.querySelector(`input[data-md-color-scheme='${arguments[0]}']`);"
                            "if (i && !i.checked) i.click();",
                            scheme,
                        )
                        time.sleep(0.8)  # past Material's colour transition
                        target = out / f"screenshot-{page}-{size_name}-{scheme_name}.png"
                        if not driver.save_screenshot(str(target)):
                            raise SystemExit(f"could not write {target}")
                        made.append(target)
            finally:
                driver.quit()
                shutil.rmtree(profile, ignore_errors=True)
    finally:
        next(server, None)
    return made


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--site", type=Path, default=Path("site"))
    ap.add_argument("--out", type=Path, default=Path("docs/assets"))
    args = ap.parse_args()
    for path in take(args.site, args.out):
        print(path)


if __name__ == "__main__":
    main()
