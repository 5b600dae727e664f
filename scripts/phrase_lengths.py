"""Real phrase lengths against the planner's estimate, and plans laid out with them.

    python scripts/phrase_lengths.py [--lang de] [--rate 170] [--json] [--cache DIR]
        [--worst 5] [--fit] [--wav DIR]

Renders, with BackTrainer's own PhraseRenderer and the real engine (pyttsx3 + espeak-ng,
default voice), every phrase of every bundled routine, every mode, at the default and at
the shortest interval settings, in each tempo style. Prints how many phrases play longer
than `core.spoken.estimate` says (it is meant as an upper bound; the length that counts ends
with the last sound, since a next phrase that starts in the silence after the words cuts
nothing), the median and largest margin, then lays every plan out again with the real lengths
and lists each cue that still cuts the next one (`core.cues.overlaps`).

--lang says the cues in that language, with the engine's voice for it (`--fit` also
prints the estimate's coefficients fitted to these renderings and the counts 1 to 30, alone
and with a side, for `core.spoken.FITS`; `--wav DIR` copies a few rendered phrases there to
listen to).

Exit status: 0 when no phrase is longer than its estimate and no plan overlaps with the
real lengths; 1 otherwise; 2 when the engine cannot load or renders nothing.
Run with the worktree's code importable (an editable install, or PYTHONPATH=.).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from backtrainer.core import phrases, spoken
from backtrainer.speech.fit import fit
from backtrainer.speech.lengths import SETTINGS, TEMPO_STYLES, Measured, cases, measure
from backtrainer.speech.renderer import PhraseRenderer
from backtrainer.speech.speaker import VoiceSettings
from backtrainer.storage.routines import RoutineLibrary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rate", type=int, default=spoken.RATE, help="words a minute")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--cache", type=Path, help="keep the rendered files here (reruns)")
    parser.add_argument("--worst", type=int, default=5, help="phrases listed per figure")
    parser.add_argument("--lang", default="en", choices=phrases.LANGUAGES, help="cue language")
    parser.add_argument("--fit", action="store_true", help="print the estimate fitted anew")
    parser.add_argument("--wav", type=Path, help="copy a few rendered phrases to this folder")
    args = parser.parse_args(argv)

    library = RoutineLibrary.load()
    routines = [loaded.routine for loaded in library.routines.values() if loaded.bundled]
    checked = cases(routines, language=args.lang)
    with tempfile.TemporaryDirectory(prefix="backtrainer-lengths-") as scratch:
        settings = VoiceSettings(rate=args.rate, language=args.lang)
        renderer = PhraseRenderer(args.cache or Path(scratch), settings)
        try:
            problem = renderer.start(timeout=30)
            if problem is not None:
                print(f"phrase_lengths: {problem}", file=sys.stderr)
                return 2
            measured = measure(renderer, checked, args.rate)
            # Asked after rendering: the voice of the language is set as each phrase renders.
            voice = renderer.call(lambda engine: engine.getProperty("voice")).result(30)
            if args.fit:
                counts = [
                    phrases.rep_count(n, side, args.lang)
                    for n in range(1, 31)
                    for side in (None, "left", "right")
                ]
                sound = {**measured.sound, **_render(renderer, counts)}
                print(
                    f"fit ({len(sound)} phrases, {args.lang}): {fit(sound, args.lang, args.rate)}"
                )
            if args.wav:
                _copy_wavs(renderer, measured, args.wav)
        finally:
            renderer.shutdown()
    if not measured.real:
        print("phrase_lengths: the engine rendered no audio", file=sys.stderr)
        return 2

    if args.json:
        figures = {
            "voice": str(voice),
            "routines": [r.id for r in routines],
            "settings": list(SETTINGS),
            "tempo_styles": list(TEMPO_STYLES),
            **measured.to_json(args.worst),
        }
        print(json.dumps(figures, indent=2, ensure_ascii=False))
    else:
        report(measured, voice, len(routines), args.worst)
    return 0 if measured.ok else 1


def _render(renderer: PhraseRenderer, texts: list[str]) -> dict[str, float]:
    """Seconds to the end of the last sound of each of `texts`, rendered now."""
    from backtrainer.speech.wavfiles import sound_seconds

    renderer.render_all(texts)
    renderer.wait_rendered(600)
    found = {}
    for text in texts:
        path = renderer.path_for(text)
        seconds = None if path is None else sound_seconds(path)
        if seconds is not None:
            found[text] = seconds
    return found


def _copy_wavs(renderer: PhraseRenderer, measured: Measured, folder: Path) -> None:
    """The three longest phrases and three short ones, to listen to."""
    folder.mkdir(parents=True, exist_ok=True)
    by_length = sorted(measured.sound, key=measured.sound.__getitem__)
    for n, text in enumerate([*by_length[-3:], *by_length[len(by_length) // 2 :][:3]]):
        path = renderer.path_for(text)
        if path is not None:
            target = folder / f"{n:02d}{path.suffix}"
            shutil.copyfile(path, target)
            print(f"{target}: {measured.sound[text]:.3f} s  {text!r}")


def report(measured: Measured, voice: object, routines: int, worst: int) -> None:
    margins = measured.margins()
    print(
        f"voice {voice} ({measured.language}) at {measured.rate} words a minute; "
        f"{measured.plans} plans "
        f"({routines} routines, every mode; {', '.join(SETTINGS)}; {', '.join(TEMPO_STYLES)})"
    )
    print(f"phrases rendered: {len(measured.real)}")
    if measured.unrendered:
        print(f"phrases without audio: {len(measured.unrendered)}: {sorted(measured.unrendered)}")
    above = measured.above()
    print(f"spoken length (to the end of the last sound) above the estimate: {len(above)}")
    for text, spoken_seconds, estimate in above[:worst]:
        print(f"  {spoken_seconds:.3f} s > {estimate:.3f} s  {text!r}")
    values = sorted(margins.values())
    print(
        f"estimate - spoken length: median {statistics.median(values):.3f} s, "
        f"max {values[-1]:.3f} s, min {values[0]:.3f} s"
    )
    if not above:
        print("  closest:")
        for text in sorted(margins, key=margins.__getitem__)[:worst]:
            print(f"  {measured.sound[text]:.3f} s of {measured.estimate(text):.3f} s  {text!r}")
    trailing = measured.trailing()
    quiet = statistics.median(trailing)
    print(f"silence after the words (cut by nothing audible): median {quiet:.3f} s")
    estimated = measured.found_estimated
    print(f"plans laid out with the estimate, cut at the real lengths: {len(estimated)}")
    for found in estimated[:worst]:
        print(f"  {found.describe()}")
    print(f"overlaps with real lengths: {len(measured.found)}")
    for found in measured.found:
        print(f"  {found.describe()}")


if __name__ == "__main__":
    sys.exit(main())
