"""Spanish (Spain), as a coach says it: tú-form cues, "serie" for a set, "ronda" for a
round, both feminine ("terminada")."""

from backtrainer.core.languages.table import Wording

WORDING = Wording(
    code="es",
    get_ready="Prepárate.",
    switch="Cambia de lado.",
    rest="Descanso.",
    halfway="Mitad.",
    next_up="Siguiente:",
    go="¡Vamos!",
    side_go="{side}, ¡vamos!",
    done="Listo. Entrenamiento completo, ¡buen trabajo!",
    to_comfort="Las que puedas con comodidad; para si notas tensión.",
    countdown=("tres", "dos", "uno"),
    up="sube",
    hold="mantén",
    down="baja",
    left="izquierda",
    right="derecha",
    left_side="lado izquierdo",
    right_side="lado derecho",
    alternating="alternando",
    alternating_stem="altern",
    each_side="por lado",
    reps="{n} repeticiones",
    as_many="las que puedas",
    seconds="{n} segundos",
    one_minute="un minuto",
    minutes="{n} minutos",
    minutes_and_seconds="{minutes} y {seconds}",
    round_of="Ronda {n} de {total}",
    set_of="Serie {n} de {total}",
    round_done="{which} terminada. Descansa {rest}.",
    set_done="{which} terminada. Descansa {rest}.",
    stop_question="¿Terminar el entrenamiento? Di yes.",
)
