"""A small paper with every question type, written by hand, for the export tests; and the
same paper with hostile note text (markup, GIFT specials, a CDATA end) in every text."""

from __future__ import annotations

from dataclasses import replace

from examgen.model import ExamPaper, ExamSection, Option, Question

SRC = "notes/cloud.md"

#: Every character that means something to XML, HTML, JavaScript or GIFT.
HOSTILE = " </script><b>{x}</b> ~y = #z :: ]]> & \\ %50% -> 'q\""


def _q(qtype: str, line: int, prompt: str, chapter: str, points: float, **fields) -> Question:
    return Question(
        type=qtype,
        prompt=prompt,
        points=points,
        facts=(f"fact{line:04d}",),
        source=f"{SRC}:{line}",
        section=("Cloud notes", chapter),
        **fields,
    )


def questions() -> tuple[Question, ...]:
    """One or two questions of each type, in printed order."""
    return (
        _q(
            "single_choice",
            3,
            "Which of these is a container runtime?",
            "Containers",
            2,
            options=(Option("nginx"), Option("runc", True), Option("etcd"), Option("Prometheus")),
        ),
        _q(
            "multiple_choice",
            7,
            "Which of the following belong to “namespaces”?",
            "Containers",
            3,
            options=(
                Option("UTS", True),
                Option("cgroup"),
                Option("IPC", True),
                Option("Mount", True),
                Option("kubelet"),
            ),
        ),
        _q(
            "true_false",
            11,
            "“IPC” isolates inter-process communication.",
            "Containers",
            1,
            truth=True,
        ),
        _q(
            "true_false",
            12,
            "“UTS” isolates the file system.",
            "Containers",
            1,
            truth=False,
            answer_text="False (“UTS” isolates the hostname)",
        ),
        _q(
            "fill_blank",
            15,
            "______: a unit of deployment of one or more containers.",
            "Kubernetes",
            2,
            answers=("Pod",),
        ),
        _q(
            "matching",
            20,
            "Match each term with its description.",
            "Kubernetes",
            4,
            stems=("kubelet", "etcd", "kube-proxy"),
            options=(Option("key-value store"), Option("node agent"), Option("service proxy")),
            key=(1, 0, 2),
        ),
        _q(
            "ordering",
            26,
            "Put the steps of “pod start” in the correct order.",
            "Kubernetes",
            3,
            options=(Option("pull image"), Option("schedule"), Option("start container")),
            key=(1, 0, 2),
        ),
        _q(
            "short_answer",
            31,
            "List any 2 of the 3 items of “cloud models”.",
            "Cloud",
            4,
            answers=("IaaS", "PaaS", "SaaS"),
            key_lines=("IaaS (infrastructure)", "PaaS (platform)", "SaaS (software)"),
            answer_points=(2.0, 2.0),
        ),
    )


def paper(version: str = "A", qs: tuple[Question, ...] | None = None) -> ExamPaper:
    """The paper, one section per type as the drawn papers have it."""
    qs = questions() if qs is None else qs
    types = list(dict.fromkeys(q.type for q in qs))
    sections = tuple(ExamSection(t, tuple(q for q in qs if q.type == t)) for t in types)
    return ExamPaper(title="Cloud notes", seed=7, version=version, lang="en", sections=sections)


def hostile(q: Question) -> Question:
    """``q`` with :data:`HOSTILE` appended to every text a student or teacher sees."""
    return replace(
        q,
        prompt=q.prompt + HOSTILE,
        options=tuple(replace(o, text=o.text + HOSTILE) for o in q.options),
        stems=tuple(s + HOSTILE for s in q.stems),
        answers=tuple(a + HOSTILE for a in q.answers),
        key_lines=tuple(k + HOSTILE for k in q.key_lines),
    )


def hostile_paper() -> ExamPaper:
    return paper(qs=tuple(hostile(q) for q in questions()))
