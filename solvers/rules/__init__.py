"""One module per hard rule of SPEC 3.1.

Rules that concern one household and one flight alone (destination, timing, flight status,
infants) are predicates used to build each household's options; rules that share a
capacity (seats, medical, slots, beds) add constraints to the model through
:class:`solvers.model.PlanModel`.
"""
