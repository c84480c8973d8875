export { default as CloudFrontDistributionNotPublic } from './CloudFrontDistributionNotPublic';
export { default as CloudFrontDistributionHttpsOnly } from './CloudFrontDistributionHttpsOnly';
export { default as CloudFrontDistributionTls12 } from './CloudFrontDistributionTls12';
export { default as CloudFrontDistributionOriginHttps } from './CloudFrontDistributionOriginHttps';
