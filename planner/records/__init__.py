"""The operation's records as an officer edits them: edits with optimistic locking and undo
(``editing``), the rules a typed value must meet (``field_rules``), the operation's settings
(``settings``) and the read-only table snapshots the desktop program shows (``snapshots``).
"""
