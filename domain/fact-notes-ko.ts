/**
 * Korean for the fact sheet's notes, which facts.json writes in English only. They reach the
 * user in CSV exports (the "비고" column), so a Korean export must not carry English prose.
 * Keyed by fact id; english-labels.test.ts fails when a note has no Korean here.
 */
export const FACT_NOTES_KO: Readonly<Record<string, string>> = {
  'participating-companies-institutions':
    '본문은 참여 주체로 민간기업, 공공기관과 지자체, 의료기관 등을 듭니다.',
  'digital-jobs-participants-total':
    '데이터 댐 40,105명과 디지털 포용 4,631명(합 44,736명)을 포함하며, 나머지 4,421명은 본문에 내역이 없습니다.',
  'non-ict-voucher-participants':
    '같은 수치가 한 곳에서는 "개사", 다른 곳에서는 "건"으로 적혀 있습니다.',
  'digital-service-contracts-value': '"5백억원"과 "500억원"은 같은 수치입니다.',
  'multi-ministry-program-scale-2021':
    '연도가 명시되지 않았습니다. 장관의 2021년 계획을 말하는 맥락입니다.',
  'press-release-date':
    '블로그 게시 시각은 2021-01-14 15:43이며, 보도자료는 1월 15일 보도(엠바고)로 밝힙니다.',
  'responsible-departments':
    '부서 수(7개)는 목록을 세어 얻었습니다. 본문에는 "소프트웨어정책과" 뒤에 쉼표가 두 번 있습니다.',
  'cloud-voucher-smes':
    '대표과제 분류는 판단에 따른 것입니다. 클라우드 바우처는 데이터 댐 목록(데이터·AI 바우처)에 없고, 부록의 "5G·AI 기반 지능형 정부"에 있습니다.',
  'government-5g-work-network':
    '대표과제 분류는 판단에 따른 것입니다(부록 "5G·AI 기반 지능형 정부", 해당 대표과제 없음). 연도는 2020년으로 추정했습니다.',
  'contactless-tech-rnd-tasks': '대표과제 분류는 판단에 따른 것입니다(부록 "비대면 산업 육성").',
  'digital-twin-disaster-platform': '대표과제 분류는 판단에 따른 것입니다(부록 "SOC 디지털화").',
  'utility-tunnel-smart-management':
    '대표과제 분류는 판단에 따른 것입니다(부록 "SOC 디지털화"). 10km가 합계인지 도시별인지 분명하지 않습니다.',
  'crowdsourcing-platform-companies': '데이터 댐 사업 참여 기업 수로 집계한 값입니다.',
  'doctor-answer-diseases': '8개 질환 중 본문에 이름이 나오는 것은 3개뿐입니다.',
  'doctor-answer-dev-disorder-diagnosis-time':
    '사례 제목은 "5년 → 50일", 각주는 "5년 → 1.5개월"(약 45일)입니다. 보도자료 안에서 서로 다릅니다.',
  'doctor-answer-dev-disorder-diagnosis-time-headline':
    '각주의 "5년→1.5개월"(약 45일)과 다릅니다. 진단 기간의 다른 항목을 함께 보십시오.',
  'xr-content-projects': '본문은 "70여건", 부록은 "총 70개"로 적습니다.',
  'digital-talent-trained':
    '내역이 없습니다. 나열된 사업(4,500 + 850 + 6,800 = 12,150명)만으로는 1.4만명이 되지 않습니다.',
  'innovation-academy-trainees':
    '"3기"는 3기생을 뜻할 가능성이 크지만, 세 기수 합계 850명으로도 읽힐 수 있습니다.',
  'digital-inclusion-metro-govs': '17개는 전체 시·도 수입니다.',
  'digital-inclusion-learners':
    '213,629명은 21.36만명입니다. 본문의 "21.3만명"은 버림한 값입니다(반올림하면 21.4만명).',
  'digital-inclusion-multicultural-case':
    '본문은 "가평시"로 적었으나 가평은 군(가평군)입니다. 원문의 오기로 보입니다.',
  'data-center-construction': '개수(5개)는 목록을 세어 얻었습니다.',
};
