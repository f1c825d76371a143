import { Region } from '@app/identity';
import { Disclosure } from '@app/submissions';
import { DemoSubmission } from './demo-submissions';

/**
 * Positions approved after the demo's first digest was published, so the staff console shows a
 * second version with its changes since the first (fictional, written for the demo).
 */
export const LATER_POSITIONS: (DemoSubmission & { stage: 'APPROVED' })[] = [
  {
    region: Region.AG,
    title: 'Capacity building must include judicial training on digital evidence',
    summary:
      'Technical assistance should fund training for judges and defence lawyers, not only for prosecutors and police.',
    body: 'Chapter VII’s technical assistance is weighted towards law enforcement. Courts and the **defence** need the same capacity to test digital evidence, or fair-trial guarantees stay on paper.',
    language: 'en',
    disclosure: Disclosure.NAMED,
    provisionIds: ['chapter-7'],
    stage: 'APPROVED',
    tags: ['due-process-fair-trial', 'gender-sensitive-capacity-building', 'technical-assistance'],
  },
  {
    region: Region.APG,
    title: '保护调查记者的信息来源',
    summary: '在跨境调取数据时，应明确保护记者及其信息来源，避免被用于追查举报人。',
    body: '跨境**数据调取**不得用于识别记者的信息来源。我们建议事先司法授权，并在可能时通知当事人。',
    language: 'zh',
    disclosure: Disclosure.REGION_ONLY,
    provisionIds: ['article-23'],
    stage: 'APPROVED',
    tags: ['journalists-press-freedom', 'judicial-oversight'],
  },
];
