"""OR-Tools models of the planning rules; plain problem in, plain plan out (no database, no Qt)."""
