"""The history screen: what it does (`view`), how it is laid out (`layout`), its parts,
the week chart, and the control that records workouts and offers to resume one."""
