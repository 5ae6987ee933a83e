"""Use cases, one module per capability; screens call these and get plain results back."""
