/**
 * Which facts stand on which page, in which panel. Pages differ in this data only; the app
 * renders every panel through the same model. Every fact in facts.json is placed here
 * exactly once as a primary figure (the coverage test checks it); a few also appear again
 * where a reader needs them (the supplier growth on both the overview and 데이터 댐).
 */
import type { LocalizedText, PageId, PanelKind } from '@/lib/api/schemas';

export interface PanelDef {
  id: string;
  kind: PanelKind;
  title: LocalizedText;
  factIds: string[];
  /** Facts that carry the release's own stated change for a comparison (fact id → growth fact id). */
  stated?: Record<string, string>;
  notes?: LocalizedText[];
  /**
   * An illustrative breakdown (예시 데이터) of one official total by region or sector.
   * The release has no such figures; see breakdown.ts.
   */
  split?: { factId: string; by: 'region' | 'sector' };
  /** For a flagships panel: the page each fact leads to (fact id → page). */
  links?: Record<string, PageId>;
}

export interface PageDef {
  id: PageId;
  title: LocalizedText;
  lead: LocalizedText;
  panels: PanelDef[];
}

const t = (ko: string, en: string): LocalizedText => ({ ko, en });

/** The supplier growth stands on the overview and on 데이터 댐, under one title. */
const SUPPLIER_TITLE = t('공급기업 증가 (2019→2020)', 'Supplier growth (2019→2020)');

const SUPPLIER_STATED = {
  'data-voucher-suppliers': 'data-voucher-supplier-growth',
  'ai-voucher-suppliers': 'ai-voucher-supplier-growth',
  'crowdsourcing-platform-companies': 'crowdsourcing-platform-growth-multiple',
  'non-ict-voucher-participants': 'non-ict-participation-growth',
};

const NOTE_94 = t(
  '보도자료는 393→765개를 "94% 증가"로 적었습니다. 산술로는 94.7% 증가입니다(반올림하면 95%).',
  'The release states 393→765 as "+94%"; the arithmetic gives +94.7% (95% if rounded).',
);
const NOTE_AI_BASELINE = t(
  'AI 공급기업의 2019년 값(220개)은 바우처 실적이 아니라 별도 조사(국내 인공지능 중소·벤처기업 현황 조사, ’19.12)에서 나온 값입니다.',
  'The 2019 AI-supplier figure (220) comes from a separate survey (Dec 2019), not from voucher data.',
);
const NOTE_NON_ICT_UNIT = t(
  '非 ICT 참여 수치는 본문에서 "개사", 각주에서 "건"으로 단위가 다르게 적혀 있습니다.',
  'The non-ICT figures are given in companies (개사) in the body but in cases (건) in a footnote.',
);

export const PAGES: PageDef[] = [
  {
    id: 'overview',
    title: t('종합 현황', 'Overview'),
    lead: t(
      '2020년 과학기술정보통신부 디지털 뉴딜 예산·참여·성과를 한눈에 봅니다.',
      'MSIT’s 2020 Digital New Deal budget, participation and results at a glance.',
    ),
    panels: [
      {
        id: 'ov-headline',
        kind: 'headline',
        title: t('핵심 지표', 'Headline figures'),
        factIds: [
          'msit-2020-digital-new-deal-budget-total',
          'msit-2020-projects',
          'participating-companies-institutions',
          'participating-smes',
          'participating-smes-share',
          'digital-jobs-participants-total',
        ],
        notes: [
          t(
            '참여인력 49,157명 중 데이터 댐 40,105명과 디지털 강사·서포터즈 4,631명을 뺀 4,421명은 보도자료에 내역이 없습니다.',
            'Of the 49,157 people, 4,421 are not broken down in the release (49,157 − 40,105 data-dam − 4,631 instructors).',
          ),
        ],
      },
      {
        id: 'ov-flagships',
        kind: 'flagships',
        title: t('5대 대표 과제의 핵심 성과', 'The five flagships: one key result each'),
        factIds: [
          'ai-training-data-types',
          'government-ai-readiness-rank',
          'mec-5g-convergence-services',
          'doctor-answer-dev-disorder-accuracy',
          'security-consulting-smes',
        ],
        links: {
          'ai-training-data-types': 'data-dam',
          'government-ai-readiness-rank': 'ai-x',
          'mec-5g-convergence-services': 'mec',
          'doctor-answer-dev-disorder-accuracy': 'doctor-answer',
          'security-consulting-smes': 'k-cyber',
        },
      },
      {
        id: 'ov-supplier-growth',
        kind: 'comparison',
        title: SUPPLIER_TITLE,
        factIds: [
          'data-voucher-suppliers',
          'ai-voucher-suppliers',
          'crowdsourcing-platform-companies',
          'non-ict-voucher-participants',
        ],
        stated: SUPPLIER_STATED,
        notes: [NOTE_94, NOTE_AI_BASELINE, NOTE_NON_ICT_UNIT],
      },
      {
        id: 'ov-budget',
        kind: 'donut',
        title: t('2020년 예산 구성', '2020 budget composition'),
        factIds: ['msit-2020-budget-main', 'msit-2020-budget-3rd-supplementary'],
        notes: [
          t(
            '본예산 8,007억원 + 3차추경 8,046억원 = 16,053억원 ≈ 1.6조원 (보도자료와 일치).',
            'Main KRW 800.7 billion + 3rd supplementary KRW 804.6 billion = KRW 1,605.3 billion ≈ KRW 1.6 trillion (consistent with the release).',
          ),
        ],
      },
      {
        id: 'ov-participants-by-region',
        kind: 'bar',
        title: t('참여 기업·기관 지역별 분포', 'Participating organisations by region'),
        factIds: [],
        split: { factId: 'participating-companies-institutions', by: 'region' },
      },
      {
        id: 'ov-participants-by-sector',
        kind: 'bar',
        title: t('참여 기업·기관 업종별 분포', 'Participating organisations by sector'),
        factIds: [],
        split: { factId: 'participating-companies-institutions', by: 'sector' },
      },
      {
        id: 'ov-non-ict-share',
        kind: 'comparison',
        title: t(
          '바우처 참여 중 非 ICT 기업 비중',
          'Share of non-ICT firms among voucher participants',
        ),
        factIds: ['non-ict-share-of-voucher-participants'],
      },
      {
        id: 'ov-non-ict-sectors',
        kind: 'list',
        title: t('非 ICT 분야 참여 업종', 'Non-ICT sectors taking part'),
        factIds: ['non-ict-sectors'],
      },
      {
        id: 'ov-investment',
        kind: 'kpi-group',
        title: t('투자·계약', 'Investment and contracts'),
        factIds: [
          'digital-new-deal-national-investment-to-2025',
          'multi-ministry-program-scale-2021',
          'digital-service-contracts-projects',
          'digital-service-contracts-value',
          'cloud-voucher-smes',
          'contactless-tech-rnd-tasks',
        ],
      },
      {
        id: 'ov-talent',
        kind: 'kpi-group',
        title: t('디지털 인재 양성', 'Digital talent'),
        factIds: [
          'digital-talent-trained',
          'sw-centered-universities',
          'sw-centered-university-graduates',
          'innovation-academy-trainees',
          'ict-innovation-square-trainees',
          'ai-convergence-research-centers',
        ],
        notes: [
          t(
            '나열된 인재 양성 사업(약 4,500 + 850 + 6,800 = 약 12,150명)의 합은 1.4만명과 다르며, 보도자료는 1.4만명의 내역을 밝히지 않습니다. "3기 850명"은 3기 또는 세 기수로 읽힐 수 있습니다.',
            'The listed programmes add up to about 12,150 (4,500 + 850 + 6,800), not about 14,000 ("1.4만"); the release never breaks the 14,000 down. "3기 850명" may mean the 3rd cohort or three cohorts.',
          ),
        ],
      },
      {
        id: 'ov-inclusion',
        kind: 'kpi-group',
        title: t('디지털 포용 (디지털배움터)', 'Digital inclusion (digital learning centres)'),
        factIds: [
          'digital-learning-centers',
          'digital-inclusion-metro-govs',
          'digital-inclusion-basic-govs',
          'digital-inclusion-learners',
          'digital-inclusion-instructors-hired',
        ],
        notes: [
          t(
            '교육 인원 213,629명은 다른 곳에서 "21.3만명"으로 적혀 있습니다(반올림하면 21.4만명).',
            '213,629 learners are elsewhere written as about 213,000 ("21.3만"); rounded, it would be 214,000.',
          ),
        ],
      },
      {
        id: 'ov-timeline',
        kind: 'timeline',
        title: t('주요 일정', 'Milestones'),
        factIds: [
          'korean-new-deal-plan-announcement',
          'k-immersive-studio',
          'ar-vr-regulatory-roadmap',
          'next-gen-intelligent-semiconductor-group-launch',
          'digital-service-contract-system',
          'government-5g-work-network',
          'virtual-convergence-economy-strategy',
          'public-certificate-abolished',
          'ai-legal-roadmap-and-ethics',
          'press-release-date',
        ],
      },
      {
        id: 'ov-about',
        kind: 'list',
        title: t('추진 체계', 'Who delivers it'),
        factIds: [
          'msit-minister',
          'responsible-departments',
          'minister-2021-vision',
          'annex-result-areas',
        ],
      },
    ],
  },
  {
    id: 'talent-policy',
    title: t('인재·포용·제도', 'Talent, inclusion and policy'),
    lead: t(
      '디지털 인재 양성, 디지털 포용, 실감콘텐츠, 제도 개선과 민간 협력.',
      'Digital talent, digital inclusion, immersive content, regulatory reform and private-sector work.',
    ),
    panels: [
      {
        id: 'tp-ai-grad-schools',
        kind: 'comparison',
        title: t('AI 대학원 (2019→2020)', 'AI graduate schools (2019→2020)'),
        factIds: ['ai-graduate-schools'],
      },
      {
        id: 'tp-talent-programmes',
        kind: 'list',
        title: t('인재 양성 거점과 제도', 'Talent hubs and schemes'),
        factIds: ['ict-innovation-square-hubs', 'ai-faculty-dual-employment'],
      },
      {
        id: 'tp-inclusion-cases',
        kind: 'list',
        title: t('디지털 포용 대상과 사례', 'Digital inclusion: target groups and cases'),
        factIds: [
          'digital-inclusion-target-groups',
          'digital-inclusion-multicultural-case',
          'digital-inclusion-edu-bus',
        ],
        notes: [
          t(
            '보도자료의 "가평시"는 가평군입니다(가평시는 없습니다).',
            'The release’s "가평시" is Gapyeong County (가평군); there is no Gapyeong City.',
          ),
        ],
      },
      {
        id: 'tp-xr',
        kind: 'kpi-group',
        title: t('실감콘텐츠 (XR)', 'Immersive content (XR)'),
        factIds: ['xr-content-projects', 'xr-regulatory-improvements'],
        notes: [
          t(
            '본문은 "총 70여건", 부록은 "총 70개"로 적었습니다.',
            'The body says "총 70여건" (70-odd); the annex says "총 70개" (70).',
          ),
        ],
      },
      {
        id: 'tp-xr-production',
        kind: 'comparison',
        title: t('국내 VR·AR 생산액', 'Domestic VR/AR production value'),
        factIds: ['vr-ar-production-value'],
        notes: [t('2020년 값은 추정치입니다.', 'The 2020 figure is an estimate.')],
      },
      {
        id: 'tp-infrastructure',
        kind: 'list',
        title: t('디지털 트윈·지하공동구', 'Digital twin and utility tunnels'),
        factIds: ['digital-twin-disaster-platform', 'utility-tunnel-smart-management'],
        notes: [
          t(
            '"세종·광주 10km"가 두 도시 합계인지 도시별 길이인지 보도자료에서 분명하지 않습니다.',
            'Whether "10km" for Sejong and Gwangju is combined or per city is not clear in the release.',
          ),
        ],
      },
      {
        id: 'tp-regulation',
        kind: 'list',
        title: t('제도 개선', 'Regulatory improvements'),
        factIds: ['ict-regulatory-sandbox-relaxations', 'digital-laws-amended-2020-12'],
      },
      {
        id: 'tp-private-sector',
        kind: 'list',
        title: t('민간 협력', 'Private-sector collaboration'),
        factIds: [
          'ai-one-team',
          'ai-rnd-council',
          'ai-semiconductor-mou-members',
          'data-center-construction',
        ],
        notes: [
          t(
            '데이터센터 항목의 제목은 "주요 인터넷 기업(네이버, 카카오)"이지만 목록에는 SKB, KT, SK도 있습니다.',
            'The data-centre item is headed "major internet companies (Naver, Kakao)" but also lists SKB, KT and SK.',
          ),
        ],
      },
      {
        id: 'tp-private-cases',
        kind: 'kpi-group',
        title: t('민간 성과 사례', 'Private-sector cases'),
        factIds: [
          'vaiv-company-market-share',
          'ezcaretech-global-emr-rank',
          'motion2ai-logistics-case',
        ],
      },
    ],
  },
  {
    id: 'data-dam',
    title: t('데이터 댐', 'Data Dam'),
    lead: t(
      '데이터 수집·가공·활용 생태계: AI 학습용 데이터, 빅데이터 플랫폼, 데이터·AI 바우처.',
      'The data ecosystem: AI training data, big-data platforms, data and AI vouchers.',
    ),
    panels: [
      {
        id: 'dd-headline',
        kind: 'kpi-group',
        title: t('데이터 댐 핵심 지표', 'Data Dam headline figures'),
        factIds: [
          'data-dam-orgs-supported',
          'data-dam-jobs',
          'ai-training-data-types',
          'ai-training-data-records',
          'ai-training-data-workers',
        ],
      },
      {
        id: 'dd-suppliers',
        kind: 'comparison',
        title: SUPPLIER_TITLE,
        factIds: [
          'data-voucher-suppliers',
          'ai-voucher-suppliers',
          'crowdsourcing-platform-companies',
        ],
        stated: SUPPLIER_STATED,
        notes: [NOTE_94, NOTE_AI_BASELINE],
      },
      {
        id: 'dd-vulnerable-share',
        kind: 'kpi-group',
        title: t(
          'AI 학습용 데이터 구축 참여 고용취약계층',
          'Vulnerable groups in AI training-data work',
        ),
        factIds: ['ai-training-data-vulnerable-share', 'ai-training-data-vulnerable-count'],
      },
      {
        id: 'dd-vulnerable-breakdown',
        kind: 'bar',
        title: t('고용취약계층 구성', 'Vulnerable groups by type'),
        factIds: [
          'ai-training-data-young-jobseekers',
          'ai-training-data-unemployed',
          'ai-training-data-career-break-women',
          'ai-training-data-disabled-multicultural',
        ],
        notes: [
          t(
            '네 집단의 합은 23,929명으로, 보도자료의 "약 2.4만여명"과 맞습니다.',
            'The four groups add up to 23,929, consistent with the release’s "about 24,000" ("약 2.4만여명").',
          ),
        ],
      },
      {
        id: 'dd-jobs-by-region',
        kind: 'bar',
        title: t('데이터 댐 참여인력 지역별 분포', 'Data Dam workers by region'),
        factIds: [],
        split: { factId: 'data-dam-jobs', by: 'region' },
      },
      {
        id: 'dd-big-data',
        kind: 'kpi-group',
        title: t('빅데이터 플랫폼·센터', 'Big-data platforms and centres'),
        factIds: [
          'big-data-platforms-added',
          'big-data-centers-added',
          'big-data-platform-usage',
          'bio-data-engineers',
        ],
      },
      {
        id: 'dd-vouchers',
        kind: 'kpi-group',
        title: t('데이터·AI 바우처', 'Data and AI vouchers'),
        factIds: ['data-voucher-recipients', 'ai-voucher-projects', 'ai-voucher-fields'],
      },
    ],
  },
  {
    id: 'ai-x',
    title: t('AI+X 인공지능 융합', 'AI+X: AI convergence'),
    lead: t(
      '인공지능 융합 서비스, 실증랩, AI 반도체, 고성능 컴퓨팅 지원.',
      'AI convergence services, the test lab, AI chips and high-performance computing.',
    ),
    panels: [
      {
        id: 'aix-headline',
        kind: 'kpi-group',
        title: t('AI+X 핵심 지표', 'AI+X headline figures'),
        factIds: [
          'ai-x-testbed-companies',
          'ai-x-medical-image-data',
          'ai-x-counterfeit-image-data',
          'hpc-computing-support',
        ],
      },
      {
        id: 'aix-hpc-by-sector',
        kind: 'bar',
        title: t('고성능 컴퓨팅 지원 기관 업종별 분포', 'HPC support by sector'),
        factIds: [],
        split: { factId: 'hpc-computing-support', by: 'sector' },
      },
      {
        id: 'aix-readiness',
        kind: 'comparison',
        title: t('정부 AI 준비지수 순위', 'Government AI Readiness Index rank'),
        factIds: ['government-ai-readiness-rank'],
        stated: { 'government-ai-readiness-rank': 'government-ai-readiness-rank-change' },
        notes: [
          t(
            '순위는 낮을수록 좋습니다. 2019년 지수는 다른 국가 집합(약 194개국)을 대상으로 했다는 보고가 있어(미검증), "19단계 상승"은 서로 다른 국가 집합의 순위를 비교한 것일 수 있습니다.',
            'Lower is better. The 2019 edition reportedly covered a different set of countries (about 194; unverified), so "up 19 places" may compare ranks across different sets.',
          ),
        ],
      },
      {
        id: 'aix-readiness-scope',
        kind: 'list',
        title: t('AI 준비지수 평가 범위', 'AI Readiness Index: scope'),
        factIds: ['government-ai-readiness-countries', 'government-ai-readiness-dimensions'],
      },
      {
        id: 'aix-services',
        kind: 'list',
        title: t('AI+X 7대 융합 서비스', 'The 7 AI+X services'),
        factIds: ['ai-x-7-services', 'ai-x-2021-field-demonstrations'],
      },
      {
        id: 'aix-chip',
        kind: 'kpi-group',
        title: t('AI 반도체 AB9', 'AI chip AB9'),
        factIds: [
          'ab9-compute-performance',
          'ab9-power-consumption',
          'ab9-power-efficiency-vs-gpu',
          'ab9-national-rnd-top100',
          'ai-semiconductor-rnd-budget',
        ],
      },
      {
        id: 'aix-timeline',
        kind: 'timeline',
        title: t('AI 반도체 일정', 'AI semiconductor milestones'),
        factIds: ['ab9-development', 'ai-semiconductor-strategy'],
      },
    ],
  },
  {
    id: 'mec',
    title: t('5G MEC 융합서비스', '5G MEC convergence services'),
    lead: t(
      'MEC 기반 5G 융합서비스 7개 모델과 공공부문 시범 적용, 통신사 5G 투자 계획.',
      'Seven MEC-based 5G service models piloted in the public sector, and the carriers’ 5G plan.',
    ),
    panels: [
      {
        id: 'mec-headline',
        kind: 'kpi-group',
        title: t('5G MEC 핵심 지표', '5G MEC headline figures'),
        factIds: ['mec-5g-convergence-services', 'telecom-5g-investment-plan'],
      },
      {
        id: 'mec-services',
        kind: 'list',
        title: t('7개 5G 융합서비스와 수요처', 'The 7 services and their sites'),
        factIds: ['mec-5g-convergence-services'],
      },
      {
        id: 'mec-incheon',
        kind: 'list',
        title: t('인천공항 안전·방역 서비스', 'Incheon Airport safety service'),
        factIds: ['mec-incheon-airport-service', 'telecom-5g-mec-services'],
      },
    ],
  },
  {
    id: 'doctor-answer',
    title: t('닥터앤서', 'Dr. Answer'),
    lead: t(
      'AI 정밀의료 소프트웨어 닥터앤서 1.0: 참여 기관, 임상 실증, 진단 성과.',
      'AI precision-medicine software Dr. Answer 1.0: partners, clinical trials, outcomes.',
    ),
    panels: [
      {
        id: 'da-headline',
        kind: 'kpi-group',
        title: t('닥터앤서 핵심 지표', 'Dr. Answer headline figures'),
        factIds: [
          'doctor-answer-medical-institutions',
          'doctor-answer-ict-companies',
          'doctor-answer-partners-total',
          'doctor-answer-hospitals-trials',
          'doctor-answer-diseases',
        ],
      },
      {
        id: 'da-outcomes',
        kind: 'comparison',
        title: t('발달장애 진단 성과', 'Developmental-disorder diagnosis outcomes'),
        factIds: [
          'doctor-answer-dev-disorder-diagnosis-time',
          'doctor-answer-dev-disorder-diagnosis-time-headline',
          'doctor-answer-dev-disorder-accuracy',
        ],
        notes: [
          t(
            '사례 제목은 "5년에서 50일로", 각주는 "5년→1.5개월(약 45일)"로 서로 다르게 적었습니다. 두 값을 모두 보여 줍니다.',
            'The case title says "5 years to 50 days"; the footnote says "5 years → 1.5 months (about 45 days)". Both are shown.',
          ),
        ],
      },
      {
        id: 'da-case',
        kind: 'kpi-group',
        title: t('진료 사례', 'Case example'),
        factIds: ['doctor-answer-case-patient-age', 'doctor-answer-case-improvement-time'],
      },
      {
        id: 'da-diseases',
        kind: 'list',
        title: t('8대 질환 (보도자료에 이름이 나온 질환)', 'The 8 diseases (those named)'),
        factIds: ['doctor-answer-diseases'],
        notes: [
          t(
            '보도자료는 8개 질환 중 3개만 이름을 밝힙니다.',
            'The release names only 3 of the 8 diseases.',
          ),
        ],
      },
      {
        id: 'da-milestones',
        kind: 'timeline',
        title: t('닥터앤서 추진 경과', 'Dr. Answer milestones'),
        factIds: [
          'doctor-answer-saudi-cross-validation',
          'doctor-answer-intl-trademarks',
          'doctor-answer-1-0-rnd-completed',
        ],
      },
    ],
  },
  {
    id: 'k-cyber',
    title: t('K-사이버방역', 'K-Cyber Defence'),
    lead: t(
      '중소기업 보안 컨설팅, 보안리빙랩, 원격 보안점검, 양자암호통신.',
      'Security consulting for SMEs, security living labs, remote PC checks, quantum cryptography.',
    ),
    panels: [
      {
        id: 'kc-headline',
        kind: 'kpi-group',
        title: t('K-사이버방역 핵심 지표', 'K-Cyber headline figures'),
        factIds: [
          'security-consulting-smes',
          'my-pc-doctor-remote-checks',
          'quantum-cryptography-consortia',
          'security-living-labs',
        ],
      },
      {
        id: 'kc-consulting-by-region',
        kind: 'bar',
        title: t('보안 컨설팅 지원 기업 지역별 분포', 'Security consulting by region'),
        factIds: [],
        split: { factId: 'security-consulting-smes', by: 'region' },
      },
      {
        id: 'kc-living-labs',
        kind: 'list',
        title: t('보안리빙랩 5개 지역', 'Security living labs in 5 regions'),
        factIds: ['security-living-labs'],
      },
    ],
  },
];
