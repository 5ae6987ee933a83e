"""Value objects and business rules of the mutuality: pure functions, no I/O, no project imports."""
