"""A person in a browser: headless Chromium types a prompt, clicks Generate and watches the video play."""

from __future__ import annotations

import shutil

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.browser]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (scripts/test.sh installs it)")
def test_type_prompt_click_generate_and_the_video_plays(app_server, tmp_path):
    from playwright.sync_api import sync_playwright

    url, _ = app_server
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 1600})
        page.goto(url, wait_until="networkidle")
        page.get_by_label("Prompt", exact=True).first.fill("a green circle moving right on a white background")
        page.get_by_role("button", name="Generate", exact=True).first.click()
        video = page.locator("video").first
        video.wait_for(state="attached", timeout=240_000)
        page.wait_for_function("() => { const v = document.querySelector('video');"
                               " return v && v.readyState >= 2 && v.duration > 0; }", timeout=60_000)
        state = page.evaluate("""async () => {
            const v = document.querySelector('video');
            v.muted = true; await v.play();
            await new Promise(r => setTimeout(r, 800));
            return {readyState: v.readyState, duration: v.duration, currentTime: v.currentTime,
                    width: v.videoWidth, height: v.videoHeight, paused: v.paused};
        }""")
        # The bytes the browser plays are exactly the signed file (its SHA-256 is in the provenance summary).
        digest = page.evaluate("""async () => {
            const v = document.querySelector('video');
            const bytes = await (await fetch(v.currentSrc)).arrayBuffer();
            const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
            return Array.from(hash, b => b.toString(16).padStart(2, '0')).join('');
        }""")
        summary = page.get_by_text("SHA-256").first.inner_text()
        page.screenshot(path=str(tmp_path / "app.png"), full_page=True)
        browser.close()
    assert digest in summary, (digest, summary)
    assert state["readyState"] == 4 and abs(state["duration"] - 2.0) < 0.2, state
    assert state["currentTime"] > 0 and (state["width"], state["height"]) == (256, 256)
