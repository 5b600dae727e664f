"""French, as a coach says it in a French gym: "on" for what is done together ("on monte,
on descend", "on change de côté") and "vous" where the runner is told something, as the
routines' own texts are written; "série" for a set, "tour" for a round (so "terminé" and
"terminée" agree with each)."""

from backtrainer.core.languages.table import Wording

WORDING = Wording(
    code="fr",
    get_ready="En place.",
    switch="On change de côté.",
    rest="Repos.",
    halfway="Mi-temps.",
    next_up="Ensuite :",
    go="C'est parti.",
    side_go="{side}, c'est parti.",
    done="Terminé. Séance finie, bravo !",
    to_comfort="Autant que confortable ; arrêtez-vous à la moindre gêne.",
    countdown=("trois", "deux", "un"),
    up="on monte",
    hold="on tient",
    down="on descend",
    left="gauche",
    right="droite",
    left_side="côté gauche",
    right_side="côté droit",
    alternating="en alternance",
    alternating_stem="altern",
    each_side="par côté",
    reps="{n} répétitions",
    as_many="autant que confortable",
    seconds="{n} secondes",
    one_minute="une minute",
    minutes="{n} minutes",
    minutes_and_seconds="{minutes} {seconds}",
    round_of="Tour {n} sur {total}",
    set_of="Série {n} sur {total}",
    round_done="{which} terminé. Repos, {rest}.",
    set_done="{which} terminée. Repos, {rest}.",
    stop_question="Arrêter la séance ? Dites yes.",
)
