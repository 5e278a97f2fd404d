"""Bodies as discipline circulars name them, in other provinces' wording: a merged discipline commission
written with its level word alone (自治区纪委监委, 省纪委监委, 市纪委监委) keeps its joint name, followed by an
office of it or not."""
from __future__ import annotations

from test_resolve import kb_of, labels


def test_a_merged_commission_named_by_its_level_keeps_its_joint_name(nlp, tmp_path):
    texts = {"gx.txt": "广西壮族自治区南宁市召开会议。自治区纪委监委第三监督检查室有关负责同志到会指导。",
             "sc.txt": "四川省成都市召开会议。省纪委监委、市纪委监委派驻纪检监察组负责同志参加。",
             "hb.txt": "河北省保定市召开会议。市纪委监委通报了5起典型问题。"}
    bodies = labels(kb_of(nlp, tmp_path, texts), "Organization")
    assert {"广西壮族自治区纪委监委", "四川省纪委监委", "成都市纪委监委", "保定市纪委监委"} <= bodies
    assert not any(b.endswith("纪律检查委员会") for b in bodies)
