"""The sizes a question keeps to: option counts and the widths of texts that fit a paper."""

from __future__ import annotations

#: Distractors per single-choice question (four options A–D).
SINGLE_CHOICE_DISTRACTORS = 3
#: Candidates drawn past those, to trade for one that does not set the answer apart.
SPARE_DISTRACTORS = 3


#: Matching asks 4–6 pairs: fewer is a guess, more crowds the page.
MATCHING_MIN, MATCHING_MAX = 4, 6


#: Short answer asks for at most this many members of a longer list ("any 6 of 9").
SHORT_ANSWER_MAX = 6


ORDERING_MIN, ORDERING_MAX = 3, 8


# Widths are in display columns (a CJK character counts 2), so limits suit both scripts.
#: Longest text used as a choice option; longer ones make the options a reading test.
MAX_OPTION_WIDTH = 64


#: Longest term that is an option, a blank's answer or a matching stem.
MAX_TERM_WIDTH = 40


#: Longest definition that is a prompt or a claim.
MAX_CLUE_WIDTH = 160


#: Shortest definition that identifies its term ("测试" does not identify AlwaysDeny).
MIN_CLUE_WIDTH = 6


#: Longest gloss on the right-hand side of a matching question.
MAX_GLOSS_WIDTH = 80


#: Short answer: lists whose members are whole sentences are hard to mark fairly.
MAX_SHORT_ANSWER_MEMBER_WIDTH = 40

#: A fill-in over a sequence shows every other step: at most this many.
MAX_BLANK_STEPS = 12
#: Longest definition around a fill-in blank: past it the blank is a reading test.
MAX_FILL_CLUE_WIDTH = 80
#: Longest fill-in stem, in display columns (about 150 CJK characters, four printed lines):
#: past it the reader rereads a narrative to find one clause.
MAX_FILL_STEM_WIDTH = 300
