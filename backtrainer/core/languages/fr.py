"""French, as a coach says it in a French gym: tu-form cues, "série" for a set, "tour" for a
round (so "terminé" and "terminée" agree with each)."""

from backtrainer.core.languages import Wording

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
    to_comfort="Autant que confortable ; arrête-toi à la moindre gêne.",
    countdown=("trois", "deux", "un"),
    up="monte",
    hold="tiens",
    down="descends",
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
)
