"""The planner's sentences: reasons as codes with facts, rendered per language.

``templates`` holds one template per code (the one place a reason's words live),
``render`` the one function that words a reason in a language (``render.render``),
``catalogue`` the Indonesian (and any other) catalogue read without Qt. The reason
itself, ``Reason(code, facts)``, is ``solvers.reasons.Reason`` (the solvers make them).
"""
