"""Facts stated in Chinese prose, read clause by clause (see :mod:`examgen.notes.prose`).

Cue words are written once, in simplified Chinese; their traditional forms come from OpenCC.
"""

from __future__ import annotations

import re

from examgen.notes.clauses import cleft_subject
from examgen.notes.labels import generic_label
from examgen.notes.qualify import qualify
from examgen.notes.relations_zh import ZH_VERB as _ZH_VERB
from examgen.notes.relations_zh import alt as _alt
from examgen.notes.relations_zh import compared as _compared
from examgen.notes.relations_zh import employed as _employed
from examgen.notes.relations_zh import fallback as _fallback
from examgen.notes.relations_zh import has_verb as _has_verb
from examgen.notes.sentences import CLOSE, OPEN, Said
from examgen.notes.sentences import split_outside as _split
from examgen.notes.shapes import is_bare
from examgen.notes.terms import is_term

# A clause that starts by turning to something else ends the definition before it.
_TURN = re.compile(
    f"^(?:{_alt('而', '但', '但是', '然而', '不过', '另外', '此外', '其中', '如果', '若', '当')}"
    f"|{_alt('同时', '例如', '比如')})"
)
# A clause that states something else (`是`) or points at what follows (`如下`, `如图`).
_ASIDE = re.compile(_alt("是", "如下", "如图", "示例", "见下"))
# Where the account a name is given to starts: after the last of these.
_CONNECTOR = re.compile(f"^(?:{_alt('因此', '所以', '于是', '故', '从而', '这样')})")
_NAMING = re.compile(
    f"^(?P<desc>.*?)(?:被)?(?:{_alt('称之为', '称为', '称作', '叫做', '叫作')})"
    r"(?P<name>(?:[^，,。；;(（]|\([^)]*\)|（[^）]*）)+)$"
)
# `AOF全称为Append Only File`: an abbreviation and the name it stands for.
_FULL_NAME = re.compile(
    r"^(?P<term>[A-Za-z][A-Za-z0-9\-]{1,15})\s*(?:的)?全称(?:为|是|為)?[:：]?\s*(?P<full>[A-Za-z].{2,})$"
)
_NOT_NAMING = ("全", "也", "又", "亦", "还", "還")
_DEMONSTRATIVE = re.compile(
    f"^(?:{_alt('该', '这种', '这类', '这个', '这一', '此', '这', '那种')})"
)
_ASPECT = re.compile(
    f"^(?P<owner>.+?)的?(?P<aspect>{_alt('优点', '缺点', '优势', '劣势', '特点', '作用', '目的')})$"
)
POSSESSIVE = re.compile(r"^(?:其(?![中实實次他它余餘])|它的)")
# `其搜索复杂度为O(n)`: an aspect of what the sentence is about, said with 为 as well.
_OWN_IS = re.compile(
    r"^(?P<term>(?:其(?![中实實次他它余餘])|它的)[^，,。；;：:为為是]{1,6})(?:为|為|是)(?P<rest>.{1,})$"
)
_REGARDING = re.compile(f"^(?:{_alt('对于', '关于')})" + r"(?P<thing>[^，,。；;：:是]{2,20})$")
_OF_KIND = re.compile(r"^.*的(?=[^的]{2,}$)")  # `有序的数组` → `数组`
_CONTRAST = re.compile(f"^(?:{_alt('而', '但是', '但', '然而')})" + r"(?=[^，,]{2})")
_CONDITION = re.compile(f"^(?:{_alt('若', '如果', '假如', '假设', '只要', '一旦')})")
_VERDICT = re.compile(r"^[^（(，,]*的(?:$|[（(，,])")  # `是可以被解决的（…）`
_ADVERBIAL = re.compile(r"在[^，,]{1,6}[上中下]$")
# A clause led by a conjunction or a verb has no subject of its own (`因为X是…`, `表示该…`), in
# either script; nor one that sets a condition (`若…`), whose statements hold only under it.
_NO_SUBJECT = re.compile(
    f"^(?:{_alt('因为', '由于', '虽然', '然而', '所以', '因此', '如果', '当', '这', '还')}"
    f"|{_alt('表示', '说明', '即', '则', '并', '但是', '若', '假如', '假设', '只要', '一旦')}"
    f"|{_alt('它', '他')})"
)
# `X是…`, `X指…` (not `指针`, `指定`…), `X的缺点在于…` (not `存在于`).
_ZH_IS = re.compile(
    r"^(?P<term>[^，,。；;：:]{1,20}?)(?:(?<!存)在于|(?<!存)在於|是指|指的是|(?<![不并並])是(?!否)"
    r"|(?<=[\u4e00-\u9fff\w`】])指(?![针標标令数數向定出明导導挥揮]))(?P<rest>.{2,})$"
)
_CHAINED = re.compile(r"^(?P<term>[^，,。；;：:]{2,16})[：:](?P<text>.+)$")

_COUNT = r"[两兩二三四五六七八九十\d]+"
_LIST_CUE = re.compile(
    f"^(?P<subject>.*?)(?:{_alt('主要', '一般', '通常')})?(?:{_alt('可以', '可')})?"
    f"(?:(?P<cue>{_alt('包括', '包含', '分为', '分成', '依赖于', '有')})"
    f"[：:]?(?P<items>.+?)(?:{_alt('等')})?(?P<count>{_COUNT}(?:{_alt('种', '类', '个')}))?"
    f"|由(?P<parts>.+?)(?:{_alt('组成', '构成')}))$"
)
# Words that make a clause of a would-be name (`正式渠道由组织规定`).
_NAME_BREAKER = re.compile(f"(?<=..)(?:{_alt('由', '是', '把', '被', '将', '让')})")
# `X可归纳为三个方面`, `X分为两类`: a sentence counting X's parts without naming them.
_COUNT_FIRST = re.compile(
    r"^(?P<subject>[^，,。；;：:]{2,20}?)"
    f"(?:{_alt('可以', '可')})?(?:{_alt('归纳为', '概括为', '分为', '分成', '包括', '包含', '有')})"
    r"[^，,。；;：:]{0,6}?" + _COUNT + f"(?:{_alt('种', '类', '个', '项', '大', '方面', '部分')})"
    r"[^，,。；;：:]{0,12}$"
)
_COUNTED_LABEL = re.compile(
    r"^(?P<subject>[^：:]{0,16}[两兩二三四五六七八九十几幾\d]+"
    f"(?:{_alt('种', '类', '个', '项', '大', '方面')})"
    r"[^：:]{1,6})[：:](?P<items>.+)$"
)
_MEANS = re.compile(
    f"^[^，,]{{0,8}}?(?:{_alt('使用', '采用', '通过', '利用')})(?P<items>.+?)"
    r"[两兩二三四五六七八九十\d]+(?:种|種)"
    f"(?P<noun>{_alt('方法', '方式', '手段', '策略', '措施', '机制')})$"
)
_PURPOSE_LEAD = re.compile(f"^(?:{_alt('为了')})")
_ANGLE = re.compile(f"(?:{_alt('按照', '按', '根据', '依据', '从')})")
_LEADING_FILLER = re.compile(
    f"^(?:{_alt('一般', '通常', '主要', '另外', '此外', '其中', '而', '但', '所以', '因此')}"
    f"|{_alt('即')})?"
)
_MAX_ITEM = 24
_BRACKETED = re.compile(r"\([^()]*\)|（[^（）]*）")
_CLAUSE_MARK = re.compile(r"[，,。；;]")


def _items(text: str) -> list[str]:
    """``A、B和C`` → its members; [] when it is not a run of short names."""
    text = text.strip().rstrip("等")
    parts = [part.strip(" `*") for part in _split_and(text)]
    if len(parts) < 2 or not all(parts):
        return []
    if any(len(_BRACKETED.sub("", p)) > _MAX_ITEM or _CLAUSE_MARK.search(p) for p in parts):
        return []
    return parts


def _split_and(text: str) -> list[str]:
    """Split at ``、`` and the last ``和``/``与``/``及`` outside brackets."""
    parts = _split(text, "、")
    if not parts:
        return []
    last = parts[-1]
    depth = 0
    cut = -1
    for index, char in enumerate(last):
        if char in OPEN:
            depth += 1
        elif char in CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and char in "和与及" and 0 < index < len(last) - 1:
            cut = index
    if cut > 0:
        head, tail = last[:cut], last[cut + 1 :]
        parts[-1:] = [head.removesuffix("以"), tail]
    return parts


def _clean_subject(text: str) -> str:
    subject = _LEADING_FILLER.sub("", text.strip(" `*")).strip()
    return subject.rstrip("都也还就")


class ChineseReader:
    """Reads one Chinese paragraph clause by clause (state: what the text is about)."""

    def __init__(self, topic: str) -> None:
        self.topic = topic
        self.owner = topic
        self.owners: dict[str, str] = {}  # a label subject -> whose it is (`Said.owner`)
        self.said: list[Said] = []

    def read(self, text: str) -> list[Said]:
        sentences = _split(text, "。！？!?")
        for index, sentence in enumerate(sentences):
            if index and self.counted_names(sentences[index - 1], sentence):
                continue
            for segment in _split(sentence, "；;"):
                self.segment(_split(segment, "，,"))
        return self.said

    def counted_names(self, count: str, names: str) -> bool:
        """``X可归纳为三个方面。A、B、C。``: a sentence counting X's parts, then one that
        only names them, is the list of X (named as the topic when X is the topic's term)."""
        counted = _COUNT_FIRST.match(count.strip())
        members = _items(names.strip().rstrip("。.！!"))
        if counted is None or len(members) < 2:
            return False
        if any(len(m) > 10 or _has_verb(m) or _NAME_BREAKER.search(m) for m in members):
            return False  # `A由组织规定、B自发形成`: statements, not names
        subject = _clean_subject(counted["subject"])
        if not is_term(subject) or _has_verb(subject):
            return False
        if subject == _BRACKETED.sub("", self.topic).strip():
            subject = self.topic  # `## X（a source）` over `X可归纳为…`: the heading's X
        self.add(Said("list", subject, items=tuple(members)))
        return True

    def segment(self, clauses: list[str]) -> None:
        open_subject = ""
        parts: list[str] = []
        angle_owner = ""

        def close() -> None:
            nonlocal open_subject, parts
            said = "，".join(parts)
            if open_subject and len(said) >= _MIN_TEXT:
                owner = self.owners.get(open_subject, "")
                self.add(Said("definition", open_subject, said, owner=owner))
            open_subject, parts = "", []

        if clauses and _CONDITION.match(clauses[0]):
            return  # `若A是B，则…`: what holds under a condition is not what A is
        fallback = _fallback(clauses)
        if fallback is not None:
            self.add(fallback)  # `X通过A建立Y，如果没有A，则使用B，…`: what X falls back on
        compared = _compared(clauses)
        if compared is not None:
            self.add(compared)  # `在恢复效率上，A优于B`: how A and B compare in that respect
            return
        for index, clause in enumerate(clauses):
            regarding = _REGARDING.match(clause)
            if regarding and index == 0:  # `对于X，其Y为Z`: what the sentence is about
                close()
                self.owner = _OF_KIND.sub("", regarding["thing"]).strip()
                continue
            named = self.naming(clause, clauses[:index])
            if named:
                close()
                self.add(named)
                continue
            listed = self.inline_list(clause, clauses[:index], angle_owner)
            if listed:
                close()
                angle_owner = listed[1]
                self.add(listed[0])
                continue
            spelt = _FULL_NAME.match(clause) if index == 0 else None
            if spelt:  # `RDB 全称 Redis Database Backup file，…`: what the letters stand for
                close()
                open_subject, parts = spelt["term"], [spelt["full"].strip()]
                continue
            chained = _CHAINED.match(clause) if index == 0 and len(clauses) == 1 else None
            if chained and is_term(chained["term"]) and not _has_verb(chained["term"]):
                close()
                self.add(Said("definition", chained["term"], chained["text"].strip()))
                continue
            setting = _setting(clause) or _employed(clause, self.topic)
            if setting:
                close()
                open_subject, parts = setting
                continue
            defined = self.defining(clause)
            if defined:
                close()
                open_subject, parts = defined
                continue
            if defined is not None:  # a list said instead
                close()
                continue
            if (
                open_subject
                and (not _TURN.match(clause) or _completes(parts, clause))
                and not _ASIDE.search(clause)
                and not _CONNECTOR.match(clause)
            ):
                parts.append(clause)
            else:
                close()
        close()

    def add(self, said: Said) -> None:
        self.said.append(said)

    def defining(self, clause: str) -> tuple[str, list[str]] | None:
        clause = _CONTRAST.sub("", clause)  # `而链表是线性表`: a statement of its own
        match = _ZH_IS.match(clause) or _OWN_IS.match(clause)
        if not match:
            return None
        raw, rest = match["term"].strip(" `*"), match["rest"].strip()
        if _NO_SUBJECT.match(raw):
            return None
        members = _items(_TURN.sub("", raw)) if not _ZH_VERB.search(raw) else []
        if members and is_term(rest) and len(rest) <= 8 and not rest.endswith("的"):
            # `A和B是片上存储`: the category and its members.
            self.add(Said("list", rest, items=tuple(members)))
            return "", []
        possessive = POSSESSIVE.match(raw)
        if generic_label(raw):
            # `关键指标是…` after `X是…`: X's key indicator; said with no owner, nobody's.
            if not self.owner or len(rest) < 2:
                return None
            self.owners[raw] = self.owner
            return raw, [rest]
        if possessive:
            term = raw[possessive.end() :]
            if not self.owner or not (is_bare(term) or (is_term(term) and len(term) <= 6)):
                return None
            subject = f"{self.owner}的{term}"
        else:
            term = raw if _names_thing(raw) else ""
            if not term or len(rest) < 2:
                if is_term(raw) and not _ZH_VERB.search(raw) and not POSSESSIVE.match(raw):
                    self.owner = raw  # `链表是线性表`: too short to ask, but now the topic
                return None
            if is_bare(term):
                if not self.owner:
                    return None
                subject = qualify(term, self.owner)
            else:
                subject = cleft_subject(term)  # `X锁定的是Y`: `X锁定的对象`
                aspect = _ASPECT.match(term)
                # `X在理论上是指…`: what follows is about X.
                self.owner = _ADVERBIAL.sub("", aspect["owner"] if aspect else term) or term
        if not is_term(subject) or len(rest) < 2 or _VERDICT.match(rest):
            return None  # `X是可以被解决的`: a verdict, not what X is
        return subject, [rest]

    def naming(self, clause: str, before: list[str]) -> Said | None:
        match = _NAMING.match(clause)
        # `AOF全称为…` spells a name out, `也被叫做Y` gives the subject another name: neither
        # names what the sentence described.
        if not match or match["desc"].rstrip().endswith(_NOT_NAMING):
            return None
        name = match["name"].strip(" `*“”\"'")
        if not name or not is_term(name):
            return None
        desc = _DEMONSTRATIVE.sub("", match["desc"].strip())
        account: list[str] = []
        for earlier in reversed(before):
            connector = _CONNECTOR.match(earlier)
            if connector:
                account.insert(0, earlier[connector.end() :])
                break
            account.insert(0, earlier)
        said = "，".join(part for part in account if part)
        if len(desc) >= 4:
            text = f"{desc}：{said}" if said else desc
        elif said:
            text = said
        else:
            return None
        return Said("definition", name, text)

    def inline_list(
        self, clause: str, before: list[str], angle_owner: str
    ) -> tuple[Said, str] | None:
        counted = _COUNTED_LABEL.match(clause)
        if counted and len(_items(counted["items"])) >= 2:
            # `工程师需要三种能力：A、B和C`: the counted noun names the list.
            subject = _clean_subject(counted["subject"])
            if is_term(subject):
                return Said("list", subject, items=tuple(_items(counted["items"]))), subject
        means = _MEANS.match(clause)
        if means and len(_items(means["items"])) >= 2:
            # `为了解决X，使用A和B两种方法`: the ways of doing what the sentence set out to do.
            purpose = next((c for c in reversed(before) if _PURPOSE_LEAD.match(c)), "")
            goal = _PURPOSE_LEAD.sub("", purpose) or self.owner
            if goal:
                subject = f"{goal}的{means['noun']}"
                return Said("list", subject, items=tuple(_items(means["items"]))), self.owner
        match = _LIST_CUE.match(clause)
        if not match:
            return None
        cue = match["cue"]
        members = _items(match["items"] or match["parts"] or "")
        if not members:
            return None
        if cue == "有" and not match["count"]:
            return None  # `每个系统都有输入、处理…`: having, not a list of kinds
        subject = _clean_subject(match["subject"])
        owner = subject
        angle = _ANGLE.search(subject)
        angled = angle is not None
        if angle and angle.start() > 0:
            # `锁按模式分为…`: the division is the category's, named by its angle, as a
            # clause-led division is (`锁（按模式）`, see :func:`.inclusions.inclusion`).
            owner = subject[: angle.start()].strip()
            subject = f"{owner}（{subject[angle.start() :].strip()}）"
        elif angle and angle.start() == 0:
            base = angle_owner or self.owner
            owner = base
            subject = f"{base}（{subject}）" if base else ""
        elif not subject and before and _ANGLE.match(before[-1]):
            # `根据X的程度，可以分为A和B`: the division is named by its angle.
            angled = True
            owner = self.owner
            subject = f"{owner} {before[-1]}" if owner else ""
        elif POSSESSIVE.match(subject) or subject in ("它", "其", "它们"):
            subject = owner = self.owner
        if not subject or (not angled and (not is_term(subject) or _has_verb(subject))):
            return None
        if match["parts"] and not angled and subject == owner:
            subject = f"{subject}的组成"  # `它由A和B组成`: what it is made of
        label = f"{subject}{cue}" if cue and not angled and not match["parts"] else ""
        return Said("list", subject, items=tuple(members), label=label), owner


# `通过save或keep命令保存快照`: the command that does something; `参数X控制Y`: what X does.
# (A command's name is Latin: `\w` would take `Redis处理的每一个写` for one.)
_COMMAND = re.compile(
    r"^(?:通过|使用|用|执行)?(?P<names>[A-Za-z_][A-Za-z0-9_\-]*"
    r"(?:\s*[或和/]\s*[A-Za-z_][A-Za-z0-9_\-]*)*)\s*"
    r"(?:命令|指令|语句)(?:来|可以|可)?(?P<does>[\u4e00-\u9fff][^，,。；;：:]{1,10})$"
)
_PARAMETER = re.compile(
    r"^(?:通过)?(?:参数\s*(?P<a>[A-Za-z_][\w\-]*)|(?P<b>[A-Za-z_][\w\-]*)\s*参数)\s*(?:来|可以|可)?"
    r"(?P<does>(?:控制|决定|设置|指定|配置)[^，,。；;：:]{2,30})$"
)


# `X用于Y`, `X实现Y`: what X is for.
_PURPOSE = re.compile(
    r"^(?P<term>[^，,。；;：:]{2,16}?)"
    f"(?P<does>(?:{_alt('用于', '用来', '负责', '实现')})[^，,。；;：:]{{2,30}})$"
)


def _setting(clause: str) -> tuple[str, list[str]] | None:
    """(subject, [text]) for a clause naming a command or parameter and what it does, or a
    thing and what it is for."""
    purpose = _PURPOSE.match(clause)
    # `单周期的实现是指…`: after 的, 实现 is a noun (the implementation), not what it does.
    if (
        purpose
        and _names_thing(purpose["term"])
        and not _ZH_VERB.search(purpose["term"])
        and not purpose["term"].endswith("的")
    ):
        return f"{purpose['term']}的作用", [purpose["does"]]
    command = _COMMAND.match(clause)
    if command:
        names = re.sub(r"\s*([或和/])\s*", r" \1 ", command["names"])
        return f"{command['does']}的命令", [names]
    parameter = _PARAMETER.match(clause)
    if parameter:
        return f"{parameter['a'] or parameter['b']} 参数", [parameter["does"]]
    set_to = _SET_TO.match(clause)
    if set_to:  # `通过将P设置为OFF来开启X`: how X is turned on
        return f"{set_to['goal']}的设置", [f"将{set_to['name']}设置为{set_to['value']}"]
    passive = _PARAMETER_PASSIVE.match(clause)
    if passive and is_term(passive["what"]) and not _ZH_VERB.search(passive["what"]):
        return f"{passive['name']} 参数", [f"{passive['verb']}{passive['what']}"]
    return None


# `通过将`P`设置为OFF来开启间隙锁`: the setting that does something.
_SET_TO = re.compile(
    r"^(?:可以|可)?通过将\s*`?(?P<name>[A-Za-z_][\w\-.]*)`?\s*(?:设置|设|配置|改)为\s*"
    r"(?P<value>[^，,。；;：:]{1,20}?)\s*(?:来|以)(?P<goal>[\u4e00-\u9fff][^，,。；;：:]{1,20})$"
)
# `写入策略由参数P控制`: what P does, said the other way round.
_PARAMETER_PASSIVE = re.compile(
    r"^(?P<what>[^，,。；;：:由]{2,20}?)\s*[由被]\s*参数\s*`?(?P<name>[A-Za-z_][\w\-.]*)`?\s*(?:来)?"
    r"(?P<verb>控制|决定|设置|指定|配置)$"
)


# A subject ending in an adverb is a clause (`故障都是`), not a thing.
_ADVERB_END = re.compile(
    f"(?:{_alt('都', '只', '也', '还', '就', '才', '主要', '通常', '一般', '总', '均', '仍')})$"
    # `可以看做是…`: a modal opens a predicate whose subject was said before.
    f"|^(?:{_alt('可以', '能够', '应该', '应当', '必须')})"
)
# A definition says at least this much (`是查询快，实现简单` runs on to say enough).
_MIN_TEXT = 4
# `在内核中实现…`, `对数据…`: a clause led by a preposition has no subject.
_PREPOSITION = re.compile(
    r"^(?:在(?!线|線)|对(?![称稱象比话話偶])|對(?![稱象比話偶])|从|從|把|被|将|將)"
)


def _names_thing(term: str) -> bool:
    """Whether a clause's subject names a thing: short, no pronoun or adverb around it."""
    return (
        2 <= len(term) <= 16
        and not re.search("[是指]", term)
        and term.count("(") == term.count(")")
        and not POSSESSIVE.match(term)
        and not _DEMONSTRATIVE.match(term)
        and not _NO_SUBJECT.match(term)
        and not _PREPOSITION.match(term)
        and not _ADVERB_END.search(term)
        and is_term(term)
    )


# `…的各种因素`, `…的方法`: a clause ending in the head noun its modifiers lead up to.
_HEAD_NOUN_END = re.compile(r"的[\u4e00-\u9fff]{1,4}$")


def _completes(parts: list[str], clause: str) -> bool:
    """Whether a clause opening on 但 goes on with the definition ``parts`` hold, giving it
    the head noun it was building up to ("一般环境指可能对组织的活动产生影响，但与组织的相关程度
    存在不确定性的各种因素": the factors are what 一般环境 is), rather than turning to another
    point. Only when the definition so far ends on no head noun of its own."""
    return (
        bool(parts)
        and clause.startswith("但")
        and _HEAD_NOUN_END.search(clause) is not None
        and _HEAD_NOUN_END.search(parts[-1]) is None
    )
