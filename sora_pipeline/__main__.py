"""Command line: `python -m sora_pipeline generate "PROMPT" --seed 0 --out clip.mp4 --report report.json`.

This entry point runs the same orchestrator as the app (`studio.Studio`), so every clip made here is moderated,
watermarked and signed too. (The library modules of this package never import moderation; only this CLI does,
through the orchestrator.) Exit codes: 0 generated, 2 bad input, 3 refused by moderation.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

EXIT_OK, EXIT_INVALID, EXIT_REFUSED = 0, 2, 3


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m sora_pipeline", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    g = sub.add_parser("generate", help="generate one clip (or image) through the whole safety pipeline")
    g.add_argument("prompt", help="what to generate (may be empty for image_to_video/extend/blend)")
    g.add_argument("--task", default="text_to_video",
                   choices=["text_to_video", "text_to_image", "image_to_video", "extend", "loop", "blend"])
    g.add_argument("--negative-prompt", default="")
    g.add_argument("--width", type=int, default=256, help="display width: 256 or 384")
    g.add_argument("--height", type=int, default=256, help="display height: 256 or 384")
    g.add_argument("--num-frames", type=int, default=16, help="8, 16, 24 or 32 (1 to 4 s at 8 fps)")
    g.add_argument("--seed", type=int, default=None, help="random when omitted; always reported")
    g.add_argument("--steps", dest="num_inference_steps", type=int, default=None)
    g.add_argument("--guidance-scale", type=float, default=None)
    g.add_argument("--no-upsample", action="store_true", help="use the prompt as given, without the LLM rewrite")
    g.add_argument("--no-llm", action="store_true", help="upsample with the deterministic rewrite only")
    g.add_argument("--image", type=Path, help="image_to_video: the first frame")
    g.add_argument("--video", type=Path, help="extend: the clip to continue; blend: the first clip")
    g.add_argument("--video-b", type=Path, help="blend: the second clip")
    g.add_argument("--direction", default="forward", choices=["forward", "backward"])
    g.add_argument("--out", type=Path, help="where to copy the signed file")
    g.add_argument("--report", type=Path, help="where to write the JSON report")
    g.add_argument("--model-dir", default="", help="a saved SoraPipeline directory (default: the embedded model)")
    g.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    return parser


def _read(path: Path | None, what: str) -> bytes | None:
    if path is None:
        return None
    if not path.is_file():
        raise FileNotFoundError(f"{what} {str(path)!r} does not exist")
    return path.read_bytes()


def generate(args: argparse.Namespace) -> int:
    from studio import GenerationRequest, Studio, StudioConfig  # heavy imports only when a command runs

    try:
        media = {"image": _read(args.image, "--image"), "video": _read(args.video, "--video"),
                 "video_b": _read(args.video_b, "--video-b")}
    except FileNotFoundError as e:
        print(f"error: {e}", file=sys.stderr)
        return EXIT_INVALID
    overrides = {"model_dir": args.model_dir} if args.model_dir else {}
    if args.no_llm:
        overrides["use_llm_upsampler"] = False
    studio = Studio(StudioConfig.from_env(**overrides))
    request = GenerationRequest(
        prompt=args.prompt, task=args.task, negative_prompt=args.negative_prompt, width=args.width,
        height=args.height, num_frames=args.num_frames, seed=args.seed,
        num_inference_steps=args.num_inference_steps, guidance_scale=args.guidance_scale,
        upsample=not args.no_upsample, direction=args.direction, client_id="cli", **media)

    def progress(fraction: float, message: str) -> None:
        if not args.quiet:
            print(f"[{fraction:4.0%}] {message}", file=sys.stderr)

    result = studio.generate(request, progress=progress)
    if result.ok and args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(result.path, args.out)
        result.report["video"] = str(args.out)
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(json.dumps(result.report, indent=2, default=str))
    print(json.dumps({"status": result.status, "generation_id": result.generation_id, "message": result.message,
                      "path": str(args.out) if (result.ok and args.out) else result.path}))
    return {"ok": EXIT_OK, "refused": EXIT_REFUSED}.get(result.status, EXIT_INVALID)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return generate(args)


if __name__ == "__main__":
    sys.exit(main())
