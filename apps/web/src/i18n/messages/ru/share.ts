const share = {};

export default share;
