"""Planning services: build the problem from the operation, solve, store, publish, pin."""
