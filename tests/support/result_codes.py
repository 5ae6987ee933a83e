"""Every result code the core can give a screen, read from the source of app/.

    python -m tests.support.result_codes     (each code and where it is raised)

A code is what a service raises in `Refused(code)`, `InvalidForm({field: code})` (or a
`problems[field] = code` it builds), what the central worker rejects with
`OperationRejected(code)`, or the `code` of a typed error of app/services/errors.py. A code given
through a name, a function or an exception's `.code` is followed to the strings it can be; an
expression that cannot be followed must be listed in RELAYS (with where its codes come from),
so a new way of raising cannot hide a code from the catalogue's test.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RAISING = ("Refused", "OperationRejected")  # code as first argument
FORMS = ("InvalidForm",)  # {field: code} as first argument
PROBLEM_DICTS = ("problems",)  # problems[field] = code, problems.setdefault(field, code)
NOT_SHOWN = {"ServiceError", "InvalidForm"}  # a base class; a form shows its problems' codes

# Expressions that pass on a code made elsewhere: (file, source of the expression) → the
# functions ("module:function") whose returned codes it carries (none: a relay of codes raised
# on the other side, which this scan finds where they are raised).
RELAYS: dict[tuple[str, str], tuple[str, ...]] = {
    # the gatekeeper's answer: codes raised by the central side's services and gate
    ("app/gate/client.py", "str(error)"): (),
    # the password policy's verdicts on a new password (app/domain/password_policy.py)
    ("app/services/login.py", "code"): (
        "app.domain.password_policy:_length_or_reuse",
        "app.domain.password_policy:_own_number",
        "app.domain.password_policy:_own_birth_date",
        "app.domain.password_policy:_own_name",
        "app.domain.password_policy:_weakness",
        "app.domain.password_policy:_too_easy",
    ),
    # the card owner's standing, computed by the same rule the worker applies
    ("app/services/accounts.py", "owner.activation_refusal"): (
        "app.domain.membership:own_account_refusal",
    ),
}


class Unresolved(Exception):
    pass


@dataclass
class Module:
    name: str
    path: str
    tree: ast.Module
    constants: dict[str, ast.expr] = field(default_factory=dict)
    functions: dict[str, ast.FunctionDef] = field(default_factory=dict)
    classes: dict[str, ast.ClassDef] = field(default_factory=dict)
    imported: dict[str, tuple[str, str]] = field(default_factory=dict)  # name → (module, name)
    modules: dict[str, str] = field(default_factory=dict)  # alias → module


def _modules() -> dict[str, Module]:
    found: dict[str, Module] = {}
    for path in sorted((ROOT / "app").rglob("*.py")):
        relative = path.relative_to(ROOT)
        if "migrations" in relative.parts:
            continue
        name = ".".join(relative.with_suffix("").parts)
        if name.endswith(".__init__"):
            name = name.removesuffix(".__init__")
        module = Module(name, str(relative), ast.parse(path.read_text(encoding="utf-8")))
        package = name if relative.name == "__init__.py" else name.rpartition(".")[0]
        for node in module.tree.body:
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        module.constants[target.id] = node.value
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                if node.value is not None:
                    module.constants[node.target.id] = node.value
            elif isinstance(node, ast.FunctionDef):
                module.functions[node.name] = node
            elif isinstance(node, ast.ClassDef):
                module.classes[node.name] = node
        for node in ast.walk(module.tree):
            if isinstance(node, ast.ImportFrom):
                source = node.module or ""
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - node.level + 1]
                    source = ".".join([*base, source] if source else base)
                for alias in node.names:
                    local = alias.asname or alias.name
                    if f"{source}.{alias.name}".startswith("app."):
                        module.imported[local] = (source, alias.name)
                        module.modules[local] = f"{source}.{alias.name}"
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("app.") and alias.asname:
                        module.modules[alias.asname] = alias.name
        found[name] = module
    return found


class Scan:
    def __init__(self) -> None:
        self.modules = _modules()
        self.parents: dict[ast.AST, ast.AST] = {}
        for module in self.modules.values():
            for node in ast.walk(module.tree):
                for child in ast.iter_child_nodes(node):
                    self.parents[child] = node
        self.codes: dict[str, set[str]] = {}  # code → where raised
        self.unresolved: list[str] = []
        self._returns: dict[str, set[str]] = {}

    # -- following an expression to its strings --------------------------------------------
    def _function_of(self, node: ast.AST) -> ast.FunctionDef | None:
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                return node
        return None

    def _assigned(self, function: ast.AST, name: str) -> list[ast.expr]:
        """What the function assigns to the local `name` (=, :=, annotated)."""
        values = []
        for node in ast.walk(function):
            if isinstance(node, ast.Assign):
                targets = node.targets
            elif isinstance(node, ast.NamedExpr | ast.AnnAssign):
                targets = [node.target]
            else:
                continue
            if node.value is not None and any(
                isinstance(t, ast.Name) and t.id == name for t in targets
            ):
                values.append(node.value)
        return values

    def _handler_types(self, function: ast.AST, name: str) -> list[ast.expr]:
        return [
            node.type
            for node in ast.walk(function)
            if isinstance(node, ast.ExceptHandler) and node.name == name and node.type is not None
        ]

    def _lookup(self, module: Module, name: str) -> tuple[Module, str] | None:
        """The module that defines `name` as seen from `module` (following imports)."""
        seen = 0
        while name not in module.constants and name not in module.functions:
            if name in module.classes:
                return module, name
            if name not in module.imported or seen > 10:
                return None
            source, name = module.imported[name]
            if source not in self.modules:
                return None
            module, seen = self.modules[source], seen + 1
        return module, name

    def _target(self, module: Module, expr: ast.expr) -> tuple[Module, str] | None:
        if isinstance(expr, ast.Name):
            return self._lookup(module, expr.id)
        if isinstance(expr, ast.Attribute) and isinstance(expr.value, ast.Name):
            alias = module.modules.get(expr.value.id)
            if alias in self.modules:
                return self._lookup(self.modules[alias], expr.attr)
        return None

    def returned(self, module: Module, name: str) -> set[str]:
        key = f"{module.name}:{name}"
        if key not in self._returns:
            self._returns[key] = set()  # a recursive function adds nothing more
            function = module.functions[name]
            found: set[str] = set()
            for node in ast.walk(function):
                if isinstance(node, ast.Return) and node.value is not None:
                    found |= self.strings(module, node.value, function)
            self._returns[key] = found
        return self._returns[key]

    def constructed(self, module: Module, class_name: str) -> set[str]:
        """The first arguments of every `class_name(...)` in the project, and its class code."""
        found: set[str] = set()
        for other in self.modules.values():
            for node in ast.walk(other.tree):
                if isinstance(node, ast.Call) and node.args:
                    target = self._target(other, node.func)
                    if target == (module, class_name):
                        found |= self.strings(other, node.args[0], self._function_of(node))
        return found

    def strings(self, module: Module, expr: ast.expr, function: ast.AST | None) -> set[str]:
        """The strings `expr` can be (None left out); Unresolved when it cannot be followed."""
        if isinstance(expr, ast.Constant):
            if expr.value is None:
                return set()
            if isinstance(expr.value, str):
                return {expr.value}
        elif isinstance(expr, ast.IfExp):
            return self.strings(module, expr.body, function) | self.strings(
                module, expr.orelse, function
            )
        elif isinstance(expr, ast.BoolOp):
            return set().union(*(self.strings(module, v, function) for v in expr.values))
        elif isinstance(expr, ast.Name):
            if function is not None and (values := self._assigned(function, expr.id)):
                return set().union(*(self.strings(module, v, function) for v in values))
            target = self._lookup(module, expr.id)
            if target is not None and target[1] in target[0].constants:
                return self.strings(target[0], target[0].constants[target[1]], None)
        elif isinstance(expr, ast.Attribute):
            if isinstance(expr.value, ast.Name):
                target = self._target(module, expr)
                if target is not None and target[1] in target[0].constants:
                    return self.strings(target[0], target[0].constants[target[1]], None)
                if expr.attr == "code" and function is not None:
                    types = self._handler_types(function, expr.value.id)
                    if types:
                        found: set[str] = set()
                        for type_ in types:
                            owner = self._target(module, type_)
                            if owner is None or owner[1] not in owner[0].classes:
                                raise Unresolved(ast.unparse(expr))
                            found |= self.constructed(*owner)
                        return found
        elif isinstance(expr, ast.Call):
            func = expr.func
            if (
                isinstance(func, ast.Attribute)
                and func.attr == "get"
                and isinstance(func.value, ast.Dict)
            ):
                values = [*func.value.values, *expr.args[1:2]]
                return set().union(*(self.strings(module, v, function) for v in values))
            target = self._target(module, func)
            if target is not None and target[1] in target[0].functions:
                return self.returned(*target)
        relay = RELAYS.get((module.path, ast.unparse(expr)))
        if relay is not None:
            found = set()
            for qualified in relay:
                source, name = qualified.split(":")
                found |= self.returned(self.modules[source], name)
            return found
        raise Unresolved(ast.unparse(expr))

    # -- the raise sites --------------------------------------------------------------------
    def _add(self, module: Module, node: ast.AST, expr: ast.expr) -> None:
        where = f"{module.path}:{node.lineno}"
        try:
            found = self.strings(module, expr, self._function_of(node))
        except Unresolved as exc:
            self.unresolved.append(f"{where}: {exc}")
            return
        for code in found:
            self.codes.setdefault(code, set()).add(where)

    def run(self) -> Scan:
        for module in self.modules.values():
            for node in ast.walk(module.tree):
                if isinstance(node, ast.Call):
                    func = node.func
                    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                    if name in RAISING and node.args:
                        self._add(module, node, node.args[0])
                    elif name in FORMS and node.args and isinstance(node.args[0], ast.Dict):
                        for value in node.args[0].values:
                            self._add(module, node, value)
                    elif (
                        name == "setdefault"
                        and isinstance(func, ast.Attribute)
                        and isinstance(func.value, ast.Name)
                        and func.value.id in PROBLEM_DICTS
                    ):
                        self._add(module, node, node.args[1])
                elif isinstance(node, ast.Assign):
                    for target in node.targets:
                        if (
                            isinstance(target, ast.Subscript)
                            and isinstance(target.value, ast.Name)
                            and target.value.id in PROBLEM_DICTS
                        ):
                            self._add(module, node, node.value)
        errors = self.modules["app.services.errors"]
        for name, class_ in errors.classes.items():
            for statement in class_.body:
                if (
                    name not in NOT_SHOWN
                    and isinstance(statement, ast.Assign)
                    and any(isinstance(t, ast.Name) and t.id == "code" for t in statement.targets)
                ):
                    self._add(errors, statement, statement.value)
        return self


def raised_codes() -> tuple[dict[str, set[str]], list[str]]:
    """{code: {where it is raised}}, and the raise sites whose code could not be followed."""
    scan = Scan().run()
    return scan.codes, scan.unresolved


if __name__ == "__main__":
    codes, unresolved = raised_codes()
    for code in sorted(codes):
        print(code, " ".join(sorted(codes[code])))
    if unresolved:
        print("cannot follow:", *unresolved, sep="\n  ")
