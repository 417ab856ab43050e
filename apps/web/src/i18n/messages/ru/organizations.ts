const organizations = {
  title: 'Партнёры и доноры',
};

export default organizations;
