/**
 * The periodic service evaluation (§2.3.3, §5.2.2): HR opens a period for a scope; customers'
 * satisfaction scores, the internal scores of the employee's superior and of the service
 * supervision group, and the analysis of the employee's service findings combine, dimension by
 * dimension, into a score and a band when HR finalises the period. EXCELLENT proposes rewards,
 * SUBSTANDARD opens a follow-up for training and proposes a penalty through the discipline
 * ladder; the latest band is a promotion condition (§4.3.2).
 */
package org.servicepolicy.service.evaluation;
