"""Open Sora Studio: the Gradio app. Layout, wiring and thin adapters over `studio.Studio`; nothing loads at import.

Run `python app.py` (embedded default model, no flags, no downloads). Named API endpoints for gradio_client:
/generate, /image_to_video, /extend, /loop, /blend, /image, /upsample, /moderate, /verify.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

import gradio as gr

from studio import (ASPECT_RATIOS, DURATIONS_S, EMBEDDED, FPS, MAX_SEED, GenerationRequest, GenerationResult, Studio,
                    StudioConfig)

ASSETS = Path(__file__).resolve().parent / "assets"
EXAMPLE_PROMPTS = [
    "a red circle moving left on a black background",
    "a crimson ball drifting leftward over a dark backdrop",
    "a yellow triangle growing on a brown background",
    "a teal cube sinking against a grey backdrop",
    "a purple square shrinking on a white background",
]
ASPECT_LABELS = {"1:1": "Square 1:1 (256x256)", "3:2": "Landscape 3:2 (384x256)", "2:3": "Portrait 2:3 (256x384)"}
MAX_UPLOAD_BYTES = 20 * 1024 * 1024
INTRO = """# Open Sora Studio
Text to video with a diffusion transformer over spacetime latent patches, trained here on a procedural world
(one shape, one colour, one background, one motion). Every prompt, upload and output frame is moderated; every
clip carries a visible mark, an invisible watermark and signed C2PA content credentials."""


def client_id(request: gr.Request | None) -> str:
    """Who a rate limit applies to: the logged-in user, else the client address."""
    if request is None:
        return "local"
    if getattr(request, "username", None):
        return f"user:{request.username}"
    host = getattr(getattr(request, "client", None), "host", None)
    return f"ip:{host or 'unknown'}"


def read_upload(path: str | None, what: str) -> bytes | None:
    """Bytes of an uploaded file, with a clear error for missing or oversized files."""
    if not path:
        return None
    if not os.path.isfile(path):
        raise gr.Error(f"The {what} upload could not be read.")
    if os.path.getsize(path) > MAX_UPLOAD_BYTES:
        raise gr.Error(f"The {what} is larger than {MAX_UPLOAD_BYTES // 2**20} MB.")
    with open(path, "rb") as f:
        return f.read()


def moderation_markdown(result: GenerationResult) -> str:
    """What was checked, and on refusal which category and why."""
    lines = []
    if result.status == "refused":
        lines.append(f"### Refused\n{result.message}\n")
    elif result.status == "invalid":
        lines.append(f"### Not generated\n{result.message}\n")
    for stage, v in result.report.get("moderation", {}).items():
        mark = "passed" if v["allowed"] else "**refused**"
        detail = f" ({', '.join(v['categories'])}: {v['reason']})" if not v["allowed"] else ""
        lines.append(f"- {stage.replace('_', ' ')}: {mark}{detail}")
    return "\n".join(lines) or "Nothing was checked yet."


def provenance_markdown(result: GenerationResult) -> str:
    if not result.ok:
        return "No file was released."
    r = result.report
    return (f"- C2PA content credentials: **{r['c2pa']['state']}** (signed after the final encode)\n"
            f"- Invisible watermark: generation digest `{r['watermark']['id_digest']}` in every frame\n"
            f"- Visible mark: {'on' if r['watermark']['visible'] else 'off'}\n"
            f"- Model: {r['model']['name']} {r['model']['version']}; seed {r['seed']}; "
            f"{r['num_frames']} frames at {FPS} fps, {r['width']}x{r['height']}\n"
            f"- SHA-256: `{r['sha256']}`")


class StudioApp:
    """Adapters from Gradio events to the orchestrator."""

    def __init__(self, studio: Studio) -> None:
        self.studio = studio

    def _run(self, request: GenerationRequest, progress: gr.Progress) -> tuple[Any, ...]:
        result = self.studio.generate(request, progress=lambda f, msg: progress(f, desc=msg))
        if result.status == "invalid":
            raise gr.Error(result.message)
        seed = result.report.get("seed", request.seed)
        return (result.path, result.report.get("prompt_used", request.prompt), moderation_markdown(result),
                provenance_markdown(result), result.generation_id, seed, result.report)

    def _request(self, task: str, prompt: str, negative_prompt: str, caption: str, aspect_ratio: str,
                 duration_s: float, seed: float | None, randomize_seed: bool, steps: float, guidance: float,
                 upsample: bool, model: str | None, request: gr.Request | None, **media: Any) -> GenerationRequest:
        if aspect_ratio not in ASPECT_RATIOS:
            raise gr.Error(f"Aspect ratio {aspect_ratio!r} is not one of {list(ASPECT_RATIOS)}.")
        try:
            duration = float(duration_s)
            seed_value = None if randomize_seed or seed is None else int(seed)
            steps_value, guidance_value = int(steps), float(guidance)
        except (TypeError, ValueError) as e:
            raise gr.Error(f"Invalid number: {e}") from e
        if duration not in DURATIONS_S:
            raise gr.Error(f"Duration {duration_s!r} s is not supported; choose one of {list(DURATIONS_S)}.")
        width, height = ASPECT_RATIOS[aspect_ratio]
        return GenerationRequest(
            prompt=prompt if isinstance(prompt, str) else "", task=task,
            negative_prompt=negative_prompt or "", caption=caption or "", width=width, height=height,
            num_frames=int(duration * FPS), seed=seed_value, num_inference_steps=steps_value,
            guidance_scale=guidance_value, upsample=bool(upsample), backend=model or EMBEDDED,
            client_id=client_id(request), **media)

    def generate(self, prompt, negative_prompt, caption, aspect_ratio, duration_s, seed, randomize_seed, steps,
                 guidance, upsample, model=EMBEDDED, request: gr.Request = None, progress=gr.Progress()):
        return self._run(self._request("text_to_video", prompt, negative_prompt, caption, aspect_ratio, duration_s,
                                       seed, randomize_seed, steps, guidance, upsample, model, request), progress)

    def image(self, prompt, negative_prompt, caption, aspect_ratio, seed, randomize_seed, steps, guidance,
              upsample, model=EMBEDDED, request: gr.Request = None, progress=gr.Progress()):
        return self._run(self._request("text_to_image", prompt, negative_prompt, caption, aspect_ratio, 1, seed,
                                       randomize_seed, steps, guidance, upsample, model, request), progress)

    def image_to_video(self, image, prompt, negative_prompt, caption, aspect_ratio, duration_s, seed,
                       randomize_seed, steps, guidance, upsample, model=EMBEDDED, request: gr.Request = None,
                       progress=gr.Progress()):
        data = read_upload(image, "image")
        return self._run(self._request("image_to_video", prompt, negative_prompt, caption, aspect_ratio,
                                       duration_s, seed, randomize_seed, steps, guidance, upsample, model, request,
                                       image=data), progress)

    def extend(self, video, direction, prompt, negative_prompt, caption, aspect_ratio, duration_s, seed,
               randomize_seed, steps, guidance, upsample, model=EMBEDDED, request: gr.Request = None,
               progress=gr.Progress()):
        data = read_upload(video, "video")
        return self._run(self._request("extend", prompt, negative_prompt, caption, aspect_ratio, duration_s, seed,
                                       randomize_seed, steps, guidance, upsample, model, request, video=data,
                                       direction=direction), progress)

    def loop(self, prompt, negative_prompt, caption, aspect_ratio, duration_s, seed, randomize_seed, steps,
             guidance, upsample, model=EMBEDDED, request: gr.Request = None, progress=gr.Progress()):
        return self._run(self._request("loop", prompt, negative_prompt, caption, aspect_ratio, duration_s, seed,
                                       randomize_seed, steps, guidance, upsample, model, request), progress)

    def blend(self, video_a, video_b, prompt, negative_prompt, caption, aspect_ratio, duration_s, seed,
              randomize_seed, steps, guidance, upsample, model=EMBEDDED, request: gr.Request = None,
              progress=gr.Progress()):
        first, second = read_upload(video_a, "first video"), read_upload(video_b, "second video")
        return self._run(self._request("blend", prompt, negative_prompt, caption, aspect_ratio, duration_s, seed,
                                       randomize_seed, steps, guidance, upsample, model, request, video=first,
                                       video_b=second), progress)

    def upsample(self, prompt: str, seed: float | None = 0):
        try:
            result, verdict = self.studio.upsample(prompt, int(seed or 0))
        except ValueError as e:
            raise gr.Error(str(e)) from e
        if result is None or not verdict.allowed:
            reason = f"Refused ({', '.join(verdict.categories)}): {verdict.reason}"
            return "", reason, {"allowed": False, "verdict": verdict.to_dict()}
        notes = "; ".join(result.notes) or f"Rewritten by {result.method}."
        return result.caption, f"{result.method}: {notes}", {
            "allowed": True, "original": result.original, "caption": result.caption, "method": result.method,
            "notes": list(result.notes), "verdict": verdict.to_dict()}

    def enhance(self, prompt: str, seed: float | None):
        """The "Enhance prompt" button: the caption goes into the editable box, the notes beside it."""
        caption, notes, _ = self.upsample(prompt, seed)
        return caption, notes

    def moderate(self, text: str):
        try:
            return self.studio.moderate(text).to_dict()
        except ValueError as e:
            raise gr.Error(str(e)) from e

    def verify(self, file: str | None):
        data = read_upload(file, "file")
        if data is None:
            raise gr.Error("Upload a video or image to verify.")
        report = self.studio.verify(data)
        return f"### {report['verdict']}\n{report.get('summary', '')}", report


def example_files(ext: str) -> list[list[str]]:
    """[[path, prompt]] for the example inputs in assets/examples (`scripts/make_examples.py`); the file name is
    the caption of what it shows."""
    return [[str(p), p.stem.replace("_", " ")] for p in sorted((ASSETS / "examples").glob(f"*.{ext}"))]


def model_choices(default: str) -> tuple[list[tuple[str, str]], str]:
    """The models this machine can run: the embedded one, plus hub models whose weights are reachable."""
    from sora_pipeline.backends import available_backends  # imports diffusers' video pipelines: only at build

    choices = [("Embedded (trained here, CPU)", EMBEDDED)]
    unavailable = []
    for b in available_backends():
        if b.available or b.name == default:
            choices.append((b.label, b.name))
        else:
            unavailable.append(f"{b.label}: {b.reason}")
    return choices, ("Unavailable here: " + "; ".join(unavailable)) if unavailable else ""


def generation_controls(app: StudioApp, with_duration: bool = True) -> list[gr.components.Component]:
    """Prompt, caption and settings shared by every generating tab, in the order the handlers take them."""
    prompt = gr.Textbox(label="Prompt", placeholder="a red circle moving left on a black background", lines=2,
                        max_length=1000)
    with gr.Row():
        enhance = gr.Button("Enhance prompt", size="sm")
        upsample = gr.Checkbox(value=True, label="Enhance automatically when the caption box is empty")
    caption = gr.Textbox(label="Enhanced caption (editable; used instead of the prompt when not empty)", lines=2)
    notes = gr.Markdown()
    negative_prompt = gr.Textbox(label="Negative prompt", placeholder="what to steer away from")
    with gr.Row():
        aspect_ratio = gr.Radio(list(ASPECT_RATIOS), value="1:1", label="Aspect ratio",
                                info=" / ".join(ASPECT_LABELS.values()))
        duration = gr.Radio(list(DURATIONS_S), value=2, label="Duration (s)") if with_duration else None
    with gr.Row():
        seed = gr.Number(value=0, precision=0, minimum=0, maximum=MAX_SEED, label="Seed (the one used is shown)")
        randomize_seed = gr.Checkbox(value=True, label="Random seed")
    with gr.Accordion("Advanced", open=False):
        steps = gr.Slider(1, 50, value=20, step=1, label="Steps (num_inference_steps)")
        guidance = gr.Slider(0.0, 10.0, value=4.0, step=0.5, label="Guidance (guidance_scale)")
        choices, info = model_choices(app.studio.config.backend)
        model = gr.Dropdown(choices, value=app.studio.config.backend, label="Model", info=info)
    enhance.click(app.enhance, [prompt, seed], [caption, notes], api_visibility="private")
    controls = [prompt, negative_prompt, caption, aspect_ratio] + ([duration] if duration else [])
    return controls + [seed, randomize_seed, steps, guidance, upsample, model]


def outputs(image: bool = False) -> list[gr.components.Component]:
    media = (gr.Image(label="Image", type="filepath", format="png", height=448) if image
             else gr.Video(label="Video", format="mp4", autoplay=True, loop=True, height=448))
    prompt_used = gr.Textbox(label="Prompt actually used", interactive=False)
    moderation = gr.Markdown(label="Moderation report")
    provenance = gr.Markdown(label="Provenance")
    with gr.Row():
        generation_id = gr.Textbox(label="Generation id", interactive=False)
        seed_used = gr.Number(label="Seed used", interactive=False, precision=0)
    with gr.Accordion("Full report (JSON)", open=False):
        report = gr.JSON(label="Report")
    return [media, prompt_used, moderation, provenance, generation_id, seed_used, report]


def build_demo(studio: Studio) -> gr.Blocks:
    """The whole UI. Building it loads no model."""
    app = StudioApp(studio)
    gen = dict(concurrency_limit=1, concurrency_id="generation")
    with gr.Blocks(title="Open Sora Studio") as demo:
        gr.Markdown(INTRO)
        with gr.Tabs():
            with gr.Tab("Text to video"):
                inputs = generation_controls(app)
                button = gr.Button("Generate", variant="primary")
                outs = outputs()
                gr.Examples([[p] for p in EXAMPLE_PROMPTS], inputs=[inputs[0]])
                button.click(app.generate, inputs, outs, api_name="generate", **gen)
            with gr.Tab("Image"):
                inputs = generation_controls(app, with_duration=False)
                button = gr.Button("Generate image", variant="primary")
                outs = outputs(image=True)
                button.click(app.image, inputs, outs, api_name="image", **gen)
            with gr.Tab("Image to video"):
                image = gr.Image(label="First frame", type="filepath", sources=["upload"])
                inputs = generation_controls(app)
                button = gr.Button("Animate", variant="primary")
                outs = outputs()
                if examples := example_files("png"):
                    gr.Examples(examples, inputs=[image, inputs[0]])
                button.click(app.image_to_video, [image] + inputs, outs, api_name="image_to_video", **gen)
            with gr.Tab("Extend"):
                video = gr.Video(label="Clip to extend", sources=["upload"])
                direction = gr.Radio(["forward", "backward"], value="forward", label="Direction")
                inputs = generation_controls(app)
                button = gr.Button("Extend", variant="primary")
                outs = outputs()
                if examples := example_files("mp4"):
                    gr.Examples(examples, inputs=[video, inputs[0]])
                button.click(app.extend, [video, direction] + inputs, outs, api_name="extend", **gen)
            with gr.Tab("Loop"):
                inputs = generation_controls(app)
                button = gr.Button("Make a seamless loop", variant="primary")
                outs = outputs()
                button.click(app.loop, inputs, outs, api_name="loop", **gen)
            with gr.Tab("Blend"):
                with gr.Row():
                    video_a = gr.Video(label="First clip", sources=["upload"])
                    video_b = gr.Video(label="Second clip", sources=["upload"])
                inputs = generation_controls(app)
                button = gr.Button("Blend", variant="primary")
                outs = outputs()
                if len(examples := example_files("mp4")) >= 2:
                    gr.Examples([[examples[0][0], examples[1][0], examples[0][1]]],
                                inputs=[video_a, video_b, inputs[0]])
                button.click(app.blend, [video_a, video_b] + inputs, outs, api_name="blend", **gen)
            with gr.Tab("Verify"):
                gr.Markdown("Upload a clip or image to read its content credentials and invisible watermark.")
                file = gr.File(label="Video or image", type="filepath")
                button = gr.Button("Verify", variant="primary")
                verdict = gr.Markdown()
                details = gr.JSON(label="Details")
                button.click(app.verify, [file], [verdict, details], api_name="verify", concurrency_limit=4)
            with gr.Tab("Moderation check"):
                text = gr.Textbox(label="Text to check against the prompt policy")
                button = gr.Button("Check")
                verdict_json = gr.JSON(label="Verdict")
                button.click(app.moderate, [text], [verdict_json], api_name="moderate", concurrency_limit=4)
                up_prompt = gr.Textbox(label="Prompt to enhance")
                up_seed = gr.Number(value=0, precision=0, label="Seed")
                up_button = gr.Button("Enhance")
                up_caption, up_notes, up_json = gr.Textbox(label="Caption"), gr.Markdown(), gr.JSON()
                up_button.click(app.upsample, [up_prompt, up_seed], [up_caption, up_notes, up_json],
                                api_name="upsample", concurrency_limit=2)
    demo.queue(default_concurrency_limit=2, max_size=int(os.environ.get("STUDIO_QUEUE_SIZE", "16")))
    return demo


def main() -> None:
    studio = Studio(StudioConfig.from_env())
    demo = build_demo(studio)
    # Load models in the background once the server is up, so the first click is fast.
    threading.Thread(target=studio.warm_up, name="warm-up", daemon=True).start()
    demo.launch(server_name=os.environ.get("GRADIO_SERVER_NAME", "127.0.0.1"),
                server_port=int(os.environ.get("GRADIO_SERVER_PORT", "7860")),
                allowed_paths=[str(studio.config.output_dir)], max_file_size=MAX_UPLOAD_BYTES,
                theme=gr.themes.Soft(), footer_links=["api", "gradio"],
                show_error=True)  # input errors (an upload that is not an image) reach the user, not a stack trace


if __name__ == "__main__":
    main()
